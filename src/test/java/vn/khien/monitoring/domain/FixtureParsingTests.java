package vn.khien.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khien.monitoring.AlertSeverity;

/**
 * Every fixture line through its parser, with the expected number read and the lines refused.
 * Where our verdict differs from line-sources.tsv the test says why.
 */
class FixtureParsingTests {

    @Test
    void readsEveryWazuhAlertAndRefusesTheBrokenOne() {
        assertThat(rejectedLines(new WazuhParser(), "wazuh/alerts.ndjson")).isEmpty();
        assertThat(rejectedLines(new WazuhParser(), "wazuh/alerts-invalid.ndjson"))
                .containsExactly(1);
        NormalisedAlert sshd = new WazuhParser()
                .parse(Fixtures.lines("wazuh/alerts.ndjson").get(0))
                .alert();
        assertThat(sshd.ruleId()).isEqualTo("5712");
        assertThat(sshd.srcIp()).isEqualTo("172.17.1.1");
        assertThat(sshd.severity()).isEqualTo(AlertSeverity.HIGH);
    }

    @Test
    void readsEverySuricataEventWithAlertsBySignature() {
        List<String> lines = Fixtures.lines("suricata/eve.ndjson");
        assertThat(rejectedLines(new SuricataEveParser(), "suricata/eve.ndjson"))
                .isEmpty();
        long alerts = lines.stream()
                .map(new SuricataEveParser()::parse)
                .filter(o -> !o.alert().ruleName().equals(o.alert().ruleId()))
                .count();
        assertThat(alerts).isEqualTo(48);
    }

    @Test
    void readsRfc5424AndRefusesBadStructuredDataAndLongFractions() {
        assertThat(rejectedLines(new SyslogParser(), "syslog/rfc5424.log"))
                .containsExactly(23, 24, 25, 26, 27, 28, 29, 30);
    }

    /**
     * The MALFORMED lines of the tsv are refused except 13 ("-- MARK --" with PRI, time and host), 23
     * and 28 (host and message present); the EDGE line 11 has no message and is refused.
     */
    @Test
    void readsBsdSyslogWithItsCommonDeviations() {
        assertThat(rejectedLines(new SyslogParser(), "syslog/rfc3164.log"))
                .containsExactly(11, 12, 14, 19, 24, 25, 26, 27, 29, 30, 31, 32, 34, 36);
    }

    /**
     * An empty vendor, product, name or severity is refused; an empty device version or signature id is
     * read (lines 8 and 9 of pycef's "missing header values" set), since F5 BIG-IP really sends them so
     * (lines 56 and 57, marked ok).
     */
    @Test
    void readsCefWithEscapesAndRefusesEmptyHeaderFields() {
        assertThat(rejectedLines(new CefParser(), "syslog/cef.log")).containsExactly(6, 7, 10, 11, 12, 13, 44);
    }

    @Test
    void readsCefExtensionEscapes() {
        Map<String, String> ext = CefParser.extension("msg=a\\=b c\\\\d\\nnext src=10.0.0.1 request=http://x/?a=1");
        assertThat(ext).containsEntry("msg", "a=b c\\d\nnext").containsEntry("src", "10.0.0.1");
        assertThat(ext.get("request")).isEqualTo("http://x/?a=1");
    }

    static List<Integer> rejectedLines(AlertParser parser, String file) {
        List<String> lines = Fixtures.lines(file);
        List<Integer> rejected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!parser.parse(lines.get(i)).ok()) {
                rejected.add(i + 1);
            }
        }
        return rejected;
    }
}
