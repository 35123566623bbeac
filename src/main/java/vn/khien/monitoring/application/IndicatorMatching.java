package vn.khien.monitoring.application;

import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.khien.monitoring.AlertSeverity;
import vn.khien.monitoring.ThreatIndicators;
import vn.khien.monitoring.domain.NormalisedAlert;

/**
 * Matches an alert against the active threat indicators and raises the severity of one that matches:
 * one step up, and at least {@code khien.monitoring.indicator-match.minimum-severity} (HIGH by default).
 * An alert involving an address, domain or host that the national centre or a peer reports as hostile
 * is no longer routine noise, whatever the sensor's own rule made of it. No legal text sets by how much;
 * it is a provincial setting.
 */
@Component
class IndicatorMatching {

    private final ObjectProvider<ThreatIndicators> indicators;
    private final AlertSeverity minimum;

    IndicatorMatching(
            ObjectProvider<ThreatIndicators> indicators,
            @Value("${khien.monitoring.indicator-match.minimum-severity:HIGH}") AlertSeverity minimum) {
        this.indicators = indicators;
        this.minimum = minimum;
    }

    List<ThreatIndicators.Hit> match(NormalisedAlert alert, Instant at) {
        return indicators
                .getIfAvailable(() -> ThreatIndicators.NONE)
                .match(
                        new ThreatIndicators.Observables(
                                alert.srcIp(), alert.dstIp(), alert.hostname(), alert.domain()),
                        at);
    }

    /** The alert with its severity raised for a match. */
    NormalisedAlert raised(NormalisedAlert alert) {
        return alert.withSeverity(raise(alert.severity(), minimum));
    }

    static AlertSeverity raise(AlertSeverity severity, AlertSeverity minimum) {
        return AlertSeverity.ofRank(Math.max(severity.rank() + 1, minimum.rank()));
    }
}
