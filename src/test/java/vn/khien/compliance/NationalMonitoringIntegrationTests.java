package vn.khien.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
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
    void theCoordinatorsConnectAndShareDutyIsNotEvaluatedUntilSharingExists() {
        recompute.all(LocalDate.of(2026, 11, 25));
        Map<String, Object> row = jdbc.sql("SELECT status, reason_key, agency_code FROM compliance.obligation"
                        + " WHERE rule_id = 'ct14.provincial-monitoring-sharing'")
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("status", "NOT_EVALUATED")
                .containsEntry("reason_key", "compliance.reason.source-missing")
                .containsEntry("agency_code", "H57.08");
    }
}
