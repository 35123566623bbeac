package vn.khien.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.registers.application.CredentialReminders;
import vn.khien.support.KhienIntegrationTest;

/** Signing credentials: Decree 68 limits, dated transitions, the leaver's flag, reminders once per window. */
@KhienIntegrationTest
class CredentialIntegrationTests extends RegistersTestSupport {

    @Autowired
    CredentialReminders reminders;

    @Test
    void refusesANewCertificateValidForMoreThanFiveYearsAndRecordsNothing() throws Exception {
        long before = registerCount("credential");
        postJson(OFFICER, "/api/v1/credentials", """
                        {"agencyCode":"H57.02","certificateSerial":"X-1","holderName":"A","issuer":"Ban Cơ yếu Chính phủ",
                         "validFrom":"2026-01-01","validTo":"2031-01-02","status":"ISSUED"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validTo"));
        postJson(OFFICER, "/api/v1/credentials", "{\"agencyCode\":\"H57.02\",\"validFrom\":\"not a date\"}")
                .andExpect(status().isBadRequest());
        postJson(OFFICER, "/api/v1/credentials", "{\"agencyCode\":\"H57.02\",\"status\":\"ISSUED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].field", Matchers.hasItems("certificateSerial", "holderName", "issuer")));
        assertThat(registerCount("credential")).isEqualTo(before);
    }

    @Test
    void aRenewalIsLimitedToThreeYearsAndEveryStepIsDatedAndAudited() throws Exception {
        long id = credentialOf(OFFICER, "H57.02", "Phạm Thị Hoa", null, "2027-01-01");
        String path = "/api/v1/credentials/" + id + "/transitions";
        postJson(OFFICER, path, """
                        {"status":"RENEWED","on":"2026-12-20","validFrom":"2027-01-01","validTo":"2030-01-02"}""").andExpect(status().isBadRequest());
        postJson(OFFICER, path, """
                        {"status":"RENEWED","on":"2026-12-20","validFrom":"2027-01-01","validTo":"2030-01-01"}""")
                .andExpect(jsonPath("$.credential.status").value("RENEWED"))
                .andExpect(jsonPath("$.credential.validTo").value("2030-01-01"));
        postJson(OFFICER, path, "{\"status\":\"REVOKED\",\"on\":\"2027-02-01\"}")
                .andExpect(status().isBadRequest());
        postJson(OFFICER, path, "{\"status\":\"LOST_OR_BROKEN\",\"on\":\"2027-02-01\",\"reason\":\"Hỏng token\"}")
                .andExpect(jsonPath("$.history[2].reason").value("Hỏng token"))
                .andExpect(jsonPath("$.next").isEmpty());
        postJson(OFFICER, path, "{\"status\":\"ISSUED\",\"on\":\"2027-02-02\"}").andExpect(status().isConflict());
        assertThat(audited("credential", id))
                .containsSubsequence(
                        "registers.credential.status", "registers.credential.status", "registers.credential.status");
    }

    @Test
    void aLeaversActiveCredentialsAreFlaggedForRevocationAtOnce() throws Exception {
        long person = staffOf(OFFICER, "H57.02", "Đặng Văn Khoa");
        long linked = credentialOf(OFFICER, "H57.02", "Đặng Văn Khoa", person, "2028-01-01");
        long byName = credentialOf(OFFICER, "H57.02", "Dang Van Khoa", null, "2028-01-01");
        long other = credentialOf(OFFICER, "H57.02", "Người khác", null, "2028-01-01");
        postJson(OFFICER, "/api/v1/staff/" + person + "/leave", "{\"leftOn\":\"2026-11-01\"}")
                .andExpect(jsonPath("$.staff.leftOn").value("2026-11-01"))
                .andExpect(jsonPath("$.credentials[0].revocationFlagged").value(true));
        getAs(OFFICER, "/api/v1/credentials/" + byName)
                .andExpect(jsonPath("$.credential.revocationFlagged").value(true));
        getAs(OFFICER, "/api/v1/credentials/" + other)
                .andExpect(jsonPath("$.credential.revocationFlagged").value(false));
        getAs(OFFICER, "/api/v1/credentials?attention=true&agency=H57.02&size=500")
                .andExpect(jsonPath("$.items[*].id", Matchers.hasItems((int) linked, (int) byName)));
        assertThat(audited("staff", person)).contains("registers.staff.left");
        assertThat(audited("credential", linked)).contains("registers.credential.flagged-for-revocation");
        postJson(OFFICER, "/api/v1/staff/" + person + "/leave", "{\"leftOn\":\"2026-11-02\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void remindsOfAnExpiringCertificateOncePerExpiryDate() throws Exception {
        LocalDate day = LocalDate.of(2029, 11, 1);
        long id = credentialOf(
                OFFICER, "H57.02", "Nhắc hạn", null, day.plusDays(20).toString());
        assertThat(reminders.remind(day)).isPositive();
        assertThat(reminders.remind(day.plusDays(1))).isZero();
        assertThat(audited("credential", id)).containsOnlyOnce("registers.credential.expiring");
    }

    @Test
    void theDemoShowsTokensNearExpiryAndALeaversFlaggedToken() throws Exception {
        getAs(OFFICER, "/api/v1/credentials?attention=true&agency=H57.02")
                .andExpect(jsonPath("$.items[?(@.expiring == true)].holderName", Matchers.hasItem("Nguyễn Văn An")))
                .andExpect(jsonPath(
                        "$.items[?(@.revocationFlagged == true)].holderName", Matchers.hasItem("Lê Văn Cường")));
        assertThat(jdbc.sql("SELECT count(*) FROM registers.published_credential WHERE revocation_flagged")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
