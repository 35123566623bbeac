package vn.khien.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Inputs for the writes that check their input before access, so that the matrix reaches the access
 * decision instead of an empty-input refusal (issue 22 names these: incidents', assessments' and
 * findings' writes, evidence). JSON for API routes, form parameters for pages, a PDF for uploads of
 * evidence, attachments and reports. Every other write is sent empty.
 */
final class RouteInputs {

    private RouteInputs() {}

    static final Map<String, String> JSON = Map.of(
            "POST /api/v1/incidents/{reference}/transitions", "{\"action\":\"VERIFY\",\"reason\":\"matrix\"}",
            "POST /api/v1/incidents/{reference}/parties",
                    "{\"kind\":\"POLICE\",\"name\":\"Công an tỉnh\",\"clearedTlp\":\"AMBER\"}",
            "POST /api/v1/incidents/{reference}/indicators", "{\"kind\":\"IP\",\"value\":\"203.0.113.9\"}",
            "POST /api/v1/incidents/{reference}/responders", "{\"username\":\"ungcuu\"}",
            "POST /api/v1/incidents/{reference}/viewers", "{\"username\":\"congan\"}");

    static final Map<String, Map<String, String>> FORM = Map.ofEntries(
            Map.entry("POST /incidents/{reference}/transitions", Map.of("action", "VERIFY", "reason", "matrix")),
            Map.entry(
                    "POST /incidents/{reference}/parties",
                    Map.of("kind", "POLICE", "name", "Công an tỉnh", "clearedTlp", "AMBER")),
            Map.entry("POST /incidents/{reference}/indicators", Map.of("kind", "IP", "value", "203.0.113.9")),
            Map.entry("POST /incidents/{reference}/responders", Map.of("username", "ungcuu")),
            Map.entry("POST /incidents/{reference}/viewers", Map.of("username", "congan")),
            Map.entry("POST /assessments/{id}/comment", Map.of("comment", "matrix")),
            Map.entry("POST /assessments/{id}/cancel", Map.of("reason", "matrix")),
            Map.entry("POST /findings/{id}/remediation", Map.of("owner", "Phòng CNTT", "dueOn", "2027-06-30")),
            Map.entry("POST /findings/{id}/fixed", Map.of("note", "matrix")),
            Map.entry("POST /findings/{id}/verify", Map.of("fixed", "true")),
            Map.entry("POST /findings/{id}/risk", Map.of("reason", "matrix", "until", "2027-06-30")));

    /** A small PDF, for the upload routes that take evidence, attachments or reports (not imports). */
    static final MockMultipartFile PDF = new MockMultipartFile(
            "file",
            "bang-chung.pdf",
            "application/pdf",
            "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    static boolean carriesAFile(String route) {
        return !route.contains("import")
                && (route.contains("evidence")
                        || route.contains("/files")
                        || route.contains("/attachments")
                        || route.contains("/reports")
                        || route.contains("/signed"));
    }
}
