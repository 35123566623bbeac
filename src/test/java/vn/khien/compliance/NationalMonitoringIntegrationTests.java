package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.compliance.application.ObligationRecompute;
import vn.khien.support.KhienIntegrationTest;

/**
 * The national monitoring connection (issue 16 item 6): per system, the population Decree 85 Art. 20.2.đ
 * names — systems providing online public services or serving e-government, whatever their level; per
 * province, the coordinator's "connect and share" duty (seed §2), not evaluated until the sharing
 * capability exists, with the reason.
 */
@KhienIntegrationTest
class NationalMonitoringIntegrationTests {

    @Autowired
    ObligationRecompute recompute;

    @Autowired
    JdbcClient jdbc;

    long count(String rule, String subject) {
        return ObligationCounts.of(jdbc, rule, subject);
    }

    @Test
    void thePerSystemDutyFollowsDecree85Article20Not3OrHigher() {
        recompute.all(LocalDate.of(2026, 11, 25));
        // level 2 online public service portal: owed
        assertThat(count("ct14.national-monitoring-connection", "SNV.WEB")).isEqualTo(1);
        // level 3 industrial control system, neither online service nor e-government: not owed by this text
        assertThat(count("ct14.national-monitoring-connection", "SXD.DTGT")).isZero();
    }

    @Test
    void theCoordinatorsConnectAndShareDutyIsMetFromTheDayOfTheFirstSuccessfulPullFromTheNationalCentre() {
        UUID remote = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO sharing.remote_source
                               (id, collection_url, into_collection, first_success_at, last_success_at, created_at)
                        SELECT :id, 'https://taxii.example.vn/api/collections/chi-bao/', c.id,
                               TIMESTAMPTZ '2026-11-20 00:30:00+07', TIMESTAMPTZ '2026-11-24 08:00:00+07', now()
                          FROM sharing.collection c WHERE c.api_root = 'national' ORDER BY c.id LIMIT 1""").param("id", remote).update();
        try {
            recompute.all(LocalDate.of(2026, 11, 19));
            assertThat(coordinatorsDuty())
                    .containsEntry("status", "VIOLATED")
                    .containsEntry("reason_key", "compliance.reason.not-connected")
                    .containsEntry("agency_code", "H57.08");
            // 00:30 in Vietnam is still the 19th in UTC: the day is the province's
            recompute.all(LocalDate.of(2026, 11, 20));
            assertThat(coordinatorsDuty())
                    .containsEntry("status", "MET")
                    .containsEntry("reason_key", "compliance.reason.connected");
        } finally {
            jdbc.sql("DELETE FROM sharing.remote_source WHERE id = :id")
                    .param("id", remote)
                    .update();
            recompute.all(LocalDate.of(2026, 11, 25));
        }
    }

    private Map<String, Object> coordinatorsDuty() {
        return jdbc.sql("SELECT status, reason_key, agency_code FROM compliance.obligation"
                        + " WHERE rule_id = 'ct14.provincial-monitoring-sharing'")
                .query()
                .singleRow();
    }
}
