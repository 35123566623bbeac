package vn.khien.assessments;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.Today;
import vn.khien.systems.SystemsTestSupport;

/** Requests as demo users, plus assessments and findings made through the API. */
abstract class AssessmentsTestSupport extends SystemsTestSupport {

    static final String COORDINATOR = "dieuphoi";
    static final String ASSESSOR = "danhgia"; // DG.KIEMDINH-DEMO
    static final String OFFICER = "canbo.sonv"; // H57.02
    static final String HEAD = "giamdoc.sonv"; // H57.02
    static final String OTHER_OFFICER = "canbo.syt"; // H57.10
    /** A level 3 system of H57.02 in the demo province (incident response by VT.VIETTEL-HUE). */
    static final String LEVEL3 = "SNV.QLCB";

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    String createAssessment(String assessorCode) throws Exception {
        LocalDate start = Today.inVietnam().plusDays(3);
        String body = """
                {"systemCodes":["%s"],"assessorCode":"%s","kind":"COMPLIANCE_CHECK","periodic":true,
                 "plannedStart":"%s","plannedEnd":"%s"}""".formatted(LEVEL3, assessorCode, start, start.plusDays(10));
        String json = postJson(COORDINATOR, "/api/v1/assessments", body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    /** An assessment by DG.KIEMDINH-DEMO, started, with one HIGH finding on the level 3 system. */
    String[] startedWithFinding() throws Exception {
        String id = createAssessment("DG.KIEMDINH-DEMO");
        postJson(ASSESSOR, "/api/v1/assessments/" + id + "/start", "").andExpect(status().isOk());
        String finding = raise(id, "HIGH");
        return new String[] {id, finding};
    }

    String raise(String assessmentId, String severity) throws Exception {
        String json = postJson(
                        ASSESSOR, "/api/v1/assessments/" + assessmentId + "/findings", """
                        {"systemCode":"%s","title":"Chưa bật xác thực hai yếu tố cho quản trị","severity":"%s",
                         "requirementCode":"KT.MC.05","cvssVector":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}""".formatted(LEVEL3, severity))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    ResultActions upload(String username, String path, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart(path)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(as(username)));
    }
}
