package vn.khien.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SessionCookie;

@KhienIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void theDemoProvinceLeavesAnIntactChain() throws Exception {
        verifyAsAdmin()
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.recordsChecked", Matchers.greaterThan(70)));
    }

    @Test
    void anAlteredRecordIsFoundByVerify() throws Exception {
        long seq = jdbc.sql("SELECT min(seq) FROM audit.audit_record WHERE action = 'identity.user.created'")
                .query(Long.class)
                .single();
        String original = jdbc.sql("SELECT after_state FROM audit.audit_record WHERE seq = ?")
                .param(seq)
                .query(String.class)
                .single();
        AuditTampering tampering = new AuditTampering(jdbc, transactions);
        tampering.bypassingTheTrigger(
                sql -> sql.sql("UPDATE audit.audit_record SET after_state = 'roles=[COORDINATOR_ADMIN]' WHERE seq = ?")
                        .param(seq)
                        .update());
        try {
            verifyAsAdmin()
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenSeq").value(seq))
                    .andExpect(jsonPath("$.problem").value("content"));
        } finally {
            tampering.bypassingTheTrigger(sql -> sql.sql("UPDATE audit.audit_record SET after_state = ? WHERE seq = ?")
                    .params(original, seq)
                    .update());
        }
        verifyAsAdmin().andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void aDeletedRecordIsFoundByVerify() throws Exception {
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit.audit_record WHERE seq = 5")
                .query()
                .singleRow();
        AuditTampering tampering = new AuditTampering(jdbc, transactions);
        tampering.bypassingTheTrigger(
                sql -> sql.sql("DELETE FROM audit.audit_record WHERE seq = 5").update());
        try {
            verifyAsAdmin()
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenSeq").value(5))
                    .andExpect(jsonPath("$.problem").value("missing"));
        } finally {
            tampering.bypassingTheTrigger(sql -> sql.sql("""
                            INSERT INTO audit.audit_record (seq, occurred_at, actor, action, object_type, object_id,
                                before_state, after_state, remote_address, previous_hash, hash)
                            VALUES (:seq, :occurred_at, :actor, :action, :object_type, :object_id,
                                :before_state, :after_state, :remote_address, :previous_hash, :hash)""").params(row).update());
        }
    }

    @Test
    void theAuditPageShowsTheVerificationResult() throws Exception {
        mvc.perform(post("/admin/audit/verify")
                        .with(user("dieuphoi").roles("COORDINATOR_ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/audit")
                        .param("action", "identity.user")
                        .with(user("dieuphoi").roles("COORDINATOR_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("identity.user.created")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("security.login"))));
    }

    @Test
    void aBadDateInThePageFilterIsLeftOutWithAMessageAndInTheApiIsA400() throws Exception {
        SessionCookie browser = new SessionCookie(); // the message rides the session to the next page
        browser.remember(mvc.perform(get("/admin/audit")
                        .param("from", "31/02/2026x")
                        .param("actor", "dieuphoi")
                        .with(browser)
                        .with(user("dieuphoi").roles("COORDINATOR_ADMIN")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/audit?actor=dieuphoi"))
                .andReturn());
        // the address the browser is sent to, query string included: the flash message waits for exactly it
        mvc.perform(get("/admin/audit?actor=dieuphoi")
                        .with(browser)
                        .with(user("dieuphoi").roles("COORDINATOR_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không đọc được ngày «31/02/2026x» trong bộ lọc")))
                .andExpect(content().string(Matchers.containsString("value=\"dieuphoi\"")));
        mvc.perform(get("/api/v1/audit")
                        .param("from", "yesterday")
                        .with(user("dieuphoi").roles("COORDINATOR_ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void signInsFailuresAndDeniedAccessAreRecorded() throws Exception {
        mvc.perform(formLogin().user("congan").password("not-the-password-1"));
        mvc.perform(formLogin().user("congan").password(KhienIntegrationTest.DEMO_PASSWORD));
        mvc.perform(get("/admin/users").with(user("congan").roles("OBSERVER")));
        var actions = jdbc.sql("SELECT action FROM audit.audit_record WHERE actor = 'congan'")
                .query(String.class)
                .list();
        assertThat(actions).contains("security.login.failed", "security.login.succeeded", "security.access.denied");
    }

    private org.springframework.test.web.servlet.ResultActions verifyAsAdmin() throws Exception {
        return mvc.perform(post("/api/v1/audit/verify")
                        .with(user("dieuphoi").roles("COORDINATOR_ADMIN"))
                        .with(csrf()))
                .andExpect(status().isOk());
    }
}
