package vn.khien.monitoring.application;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.monitoring.AlertFormat;
import vn.khien.monitoring.domain.AlertParser;
import vn.khien.monitoring.domain.CefParser;
import vn.khien.monitoring.domain.GenericJsonParser;
import vn.khien.monitoring.domain.SuricataEveParser;
import vn.khien.monitoring.domain.SyslogParser;
import vn.khien.monitoring.domain.WazuhParser;

/** One parser per format; parsers keep no state, so one instance serves every request. */
@Component
class Parsers {

    private final Map<AlertFormat, AlertParser> parsers = new EnumMap<>(AlertFormat.class);

    Parsers(MonitoringSettings settings, Clock clock) {
        parsers.put(AlertFormat.WAZUH, new WazuhParser());
        parsers.put(AlertFormat.SURICATA_EVE, new SuricataEveParser());
        parsers.put(AlertFormat.CEF, new CefParser());
        parsers.put(AlertFormat.SYSLOG, new SyslogParser(clock));
        parsers.put(AlertFormat.GENERIC, new GenericJsonParser(settings.genericFields()));
    }

    AlertParser of(AlertFormat format) {
        return parsers.get(format);
    }
}
