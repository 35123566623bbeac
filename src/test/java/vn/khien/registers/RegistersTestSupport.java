package vn.khien.registers;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import vn.khien.systems.SystemsTestSupport;

/** Requests as demo users (shared with the systems tests) plus the registers' own fixtures. */
abstract class RegistersTestSupport extends SystemsTestSupport {

    static final String OFFICER = "canbo.sonv"; // H57.02
    static final String OTHER_OFFICER = "canbo.syt"; // H57.10
    static final String COORDINATOR = "dieuphoi";
    static final String OBSERVER = "congan";

    /** Audit actions of one register entry (ids are per table, so the type is part of the key). */
    java.util.List<String> audited(String objectType, long id) {
        return jdbc.sql("SELECT action FROM audit.audit_record WHERE object_type = ? AND object_id = ? ORDER BY seq")
                .param(objectType)
                .param(Long.toString(id))
                .query(String.class)
                .list();
    }

    long registerCount(String table) {
        return jdbc.sql("SELECT count(*) FROM registers." + table)
                .query(Long.class)
                .single();
    }

    long created(String username, String path, String body) throws Exception {
        String json = postJson(username, path, body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Number id = JsonPath.read(
                json,
                path.contains("attestations")
                        ? "$.id"
                        : path.contains("staff")
                                ? "$.staff.id"
                                : path.contains("credentials") ? "$.credential.id" : "$.plan.id");
        return id.longValue();
    }

    long planOf(String username, String agency, String total, String security) throws Exception {
        return created(username, "/api/v1/it-plans", """
                {"agencyCode":"%s","year":2026,"kind":"ANNUAL","name":"Kế hoạch thử","totalBudget":"%s",
                 "securityBudget":"%s"}""".formatted(agency, total, security));
    }

    long staffOf(String username, String agency, String name) throws Exception {
        return created(username, "/api/v1/staff", """
                {"agencyCode":"%s","fullName":"%s","securityRole":"ADMINISTRATOR","joinedOn":"2024-01-01"}""".formatted(agency, name));
    }

    long credentialOf(String username, String agency, String holder, Long staffId, String validTo) throws Exception {
        return created(
                username, "/api/v1/credentials", """
                {"agencyCode":"%s","certificateSerial":"%s","tokenSerial":"TK","holderName":"%s","staffId":%s,
                 "issuer":"Ban Cơ yếu Chính phủ","validFrom":"2025-01-01","validTo":"%s","status":"ISSUED"}""".formatted(agency, uniqueCode("CERT"), holder, staffId, validTo));
    }
}
