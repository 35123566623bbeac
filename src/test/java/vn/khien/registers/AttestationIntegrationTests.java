package vn.khien.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** Attestations: submitted with evidence by the agency, accepted or rejected by the coordinator only. */
@KhienIntegrationTest
class AttestationIntegrationTests extends RegistersTestSupport {

    private static final String BODY = """
            {"agencyCode":"H57.02","kind":"COORDINATION_REGULATION","title":"Quy chế phối hợp",
             "attestedOn":"2026-10-01","evidence":"QC 05/2026"}""";

    @Test
    void theCoordinatorAcceptsAnAttestationAndTheViewShowsIt() throws Exception {
        long id = created(OFFICER, "/api/v1/attestations", BODY);
        postJson(OFFICER, "/api/v1/attestations/" + id + "/decision", "{\"accept\":true}")
                .andExpect(status().isForbidden());
        postJson(OBSERVER, "/api/v1/attestations/" + id + "/decision", "{\"accept\":true}")
                .andExpect(status().isForbidden());
        postJson(COORDINATOR, "/api/v1/attestations/" + id + "/decision", "{\"accept\":true}")
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.decidedOn").exists());
        postJson(COORDINATOR, "/api/v1/attestations/" + id + "/decision", "{\"accept\":false,\"note\":\"x\"}")
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT status FROM registers.published_attestation WHERE attestation_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("ACCEPTED");
        assertThat(audited("attestation", id))
                .containsExactly("registers.attestation.submitted", "registers.attestation.accepted");
    }

    @Test
    void badInputAnswers400AndSubmitsNothing() throws Exception {
        long before = registerCount("attestation");
        postJson(OFFICER, "/api/v1/attestations", "{\"agencyCode\":\"H57.02\",\"attestedOn\":\"2999-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("kind", "title", "attestedOn")));
        postJson(OFFICER, "/api/v1/attestations", BODY.replace("COORDINATION_REGULATION", "NOPE"))
                .andExpect(status().isBadRequest());
        assertThat(registerCount("attestation")).isEqualTo(before);
    }

    @Test
    void theDemoHasAnAttestationAwaitingAcceptanceAndTelecomMeasures() throws Exception {
        getAs(COORDINATOR, "/api/v1/attestations?status=SUBMITTED")
                .andExpect(jsonPath("$.items[*].agencyCode", Matchers.hasItem("H57.16")));
        assertThat(jdbc.sql("SELECT count(*) FROM registers.published_telecom_measure"
                                + " WHERE agency_code = 'VT.VIETTEL-HUE' AND evidence_present")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
