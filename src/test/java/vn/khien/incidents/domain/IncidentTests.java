package vn.khien.incidents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.incidents.Impact;
import vn.khien.incidents.IncidentClosed;
import vn.khien.incidents.IncidentReported;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.Pap;
import vn.khien.incidents.Tlp;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.Recipient;

class IncidentTests {

    static final Instant NOW = Instant.parse("2026-05-10T03:00:00Z");

    static Incident anIncident(Tlp tlp, List<Clock> clocks) {
        var reporting = new Reporting(
                "SC-2026-000001",
                "H57.02",
                "SNV.WEB",
                "canbo.sonv",
                true,
                "H57.02",
                NOW.minus(Duration.ofHours(2)),
                NOW,
                null);
        var report =
                new IncidentReport("DEFACEMENT", "Trang chủ bị thay đổi", null, null, null, null, null, null, null);
        var classification =
                new Classification(IncidentSeverity.HIGH, Impact.LOW, tlp, Pap.GREEN, "", false, false, false, null);
        return Incident.report(reporting, report, classification, clocks);
    }

    static Clock aClock(String start, Duration allowed) {
        return new Clock(
                "qd05.final-report", start, "Báo cáo", "Report", "TT20", false, NOW, NOW.plus(allowed), null, null);
    }

    @Test
    void aReportIsReceivedOnTheTimelineAndTheReporterHearsOfIt() {
        var incident = anIncident(Tlp.AMBER, List.of());
        assertThat(incident.status()).isEqualTo(IncidentStatus.RECEIVED);
        assertThat(incident.takeNewTimelineEntries())
                .extracting(TimelineEntry::kind)
                .containsExactly("REPORTED");
        var reported = (IncidentReported) incident.pendingEvents().iterator().next();
        assertThat(reported.recipients()).containsExactly(Recipient.user("canbo.sonv"));
        assertThat(reported.link()).isEqualTo("/incidents/SC-2026-000001");
    }

    @Test
    void refusesADetectionTimeInTheFuture() {
        var reporting = new Reporting(
                "SC-2026-000002", "H57.02", "SNV.WEB", "canbo.sonv", true, "H57.02", NOW.plusSeconds(60), NOW, null);
        assertThatThrownBy(() -> Incident.report(
                        reporting,
                        new IncidentReport("MALWARE", "x", null, null, null, null, null, null, null),
                        new Classification(
                                IncidentSeverity.LOW, Impact.LOW, Tlp.GREEN, Pap.GREEN, "", false, false, false, null),
                        List.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void movesThroughTheResponseAndClosingMeetsTheFinalReportClock() {
        var incident = anIncident(Tlp.AMBER, List.of());
        incident.verify("ungcuu", NOW);
        incident.contain("ungcuu", NOW);
        incident.recover("ungcuu", NOW, List.of(aClock(Clock.RESPONSE_END, Duration.ofDays(5))));
        incident.close("ungcuu", NOW.plus(Duration.ofDays(1)), "Lỗ hổng", "Vá kịp thời", "Đã khôi phục");
        assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(incident.coordination().clocks().get(0).metAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(incident.pendingEvents()).hasAtLeastOneElementOfType(IncidentClosed.class);
    }

    @Test
    void guardsTransitionsWithAClearMessageKey() {
        var incident = anIncident(Tlp.AMBER, List.of());
        assertThatThrownBy(() -> incident.contain("ungcuu", NOW))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "incidents.error.transition.contain");
        assertThatThrownBy(() -> incident.close("ungcuu", NOW, "a", "b", "c"))
                .hasFieldOrPropertyWithValue("messageKey", "incidents.error.transition.close");
        assertThat(incident.status()).isEqualTo(IncidentStatus.RECEIVED);
    }

    @Test
    void rejectingAndReopeningNeedAReason() {
        var incident = anIncident(Tlp.GREEN, List.of());
        assertThatThrownBy(() -> incident.reject("ungcuu", NOW, " ")).isInstanceOf(InvalidInputException.class);
        incident.reject("ungcuu", NOW, "Bảo trì theo kế hoạch");
        assertThatThrownBy(() -> incident.reopen("ungcuu", NOW, null)).isInstanceOf(InvalidInputException.class);
        incident.reopen("ungcuu", NOW, "Tái diễn");
        assertThat(incident.status()).isEqualTo(IncidentStatus.VERIFIED);
    }

    @Test
    void aRedReportNamesItsReporterAndAClassificationAsRedNamesTheClassifier() {
        assertThat(anIncident(Tlp.RED, List.of()).coordination().viewers()).containsExactly("canbo.sonv");
        var incident = anIncident(Tlp.AMBER, List.of());
        incident.classify(
                "ungcuu",
                NOW,
                "DATA_LEAK",
                new Classification(
                        IncidentSeverity.CRITICAL,
                        Impact.HIGH,
                        Tlp.RED,
                        Pap.RED,
                        "DATA_LEAKED",
                        true,
                        false,
                        false,
                        null),
                List.of());
        assertThat(incident.coordination().viewers()).containsExactly("ungcuu");
    }

    @Test
    void aSentNoticeMeetsItsClockOnceAndLateIsStillRecorded() {
        var incident = anIncident(Tlp.AMBER, List.of(aClock("DETECTION", Duration.ofHours(1))));
        incident.coordination().recordSent("ungcuu", NOW.plus(Duration.ofHours(3)), "qd05.final-report");
        assertThat(incident.coordination().clocks().get(0).metAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThatThrownBy(() -> incident.coordination().recordSent("ungcuu", NOW, "qd05.final-report"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReclassificationTightensARunningClockButNeverLoosensIt() {
        var incident = anIncident(Tlp.AMBER, List.of(aClock("DETECTION", Duration.ofDays(5))));
        incident.classify("ungcuu", NOW, "INTRUSION", classification(), List.of(aClock("DETECTION", Duration.ZERO)));
        assertThat(incident.coordination().clocks()).singleElement().satisfies(c -> {
            assertThat(c.dueAt()).isEqualTo(NOW);
            assertThat(c.startsAt()).isEqualTo(NOW);
        });
        incident.classify(
                "ungcuu", NOW, "INTRUSION", classification(), List.of(aClock("DETECTION", Duration.ofDays(5))));
        assertThat(incident.coordination().clocks())
                .singleElement()
                .satisfies(c -> assertThat(c.dueAt()).isEqualTo(NOW));
    }

    @Test
    void aMetClockStaysAsItWasWhenTheClassificationChanges() {
        var incident = anIncident(Tlp.AMBER, List.of(aClock("DETECTION", Duration.ofDays(5))));
        incident.coordination().recordSent("ungcuu", NOW.plus(Duration.ofDays(1)), "qd05.final-report");
        incident.classify("ungcuu", NOW, "INTRUSION", classification(), List.of(aClock("DETECTION", Duration.ZERO)));
        assertThat(incident.coordination().clocks()).singleElement().satisfies(c -> {
            assertThat(c.dueAt()).isEqualTo(NOW.plus(Duration.ofDays(5)));
            assertThat(c.metAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        });
    }

    private static Classification classification() {
        return new Classification(
                IncidentSeverity.HIGH, Impact.MEDIUM, Tlp.AMBER, Pap.GREEN, "", true, false, false, null);
    }
}
