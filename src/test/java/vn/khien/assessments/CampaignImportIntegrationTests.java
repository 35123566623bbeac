package vn.khien.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import vn.khien.assessments.application.CampaignManagement;
import vn.khien.shared.SystemActor;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.Today;
import vn.khien.support.Workbooks;

@KhienIntegrationTest
class CampaignImportIntegrationTests extends AssessmentsTestSupport {

    private static final List<String> HEADERS =
            List.of("Mã cơ quan", "Nội dung phát hiện", "Mức độ", "Mô tả", "Hạn khắc phục");

    @Autowired
    CampaignManagement campaigns;

    @Test
    void aValidWorkbookAssignsEveryFindingToItsAgency() throws Exception {
        UUID campaign = newCampaign();
        String due = Today.inVietnam().plusDays(60).toString();
        byte[] file = Workbooks.xlsx(
                HEADERS,
                List.of(
                        List.of("H57.02", "Máy chủ thư điện tử hết hỗ trợ", "Cao", "", due),
                        List.of("H57.10", "Lộ thông tin cấu hình", "Trung bình", "Trang quản trị công khai", "")));

        importFile(campaign, file).andExpect(status().isOk());

        assertThat(findingsOf(campaign)).containsExactlyInAnyOrder("H57.02/HIGH", "H57.10/MEDIUM");
    }

    @Test
    void oneBadRowRefusesTheWholeFileWithItsProblems() throws Exception {
        UUID campaign = newCampaign();
        byte[] file = Workbooks.xlsx(
                HEADERS,
                List.of(
                        List.of("H57.02", "Hợp lệ", "Cao", "", ""),
                        List.of("KHONG.CO", "Cơ quan không tồn tại", "Cao", "", "")));

        importFile(campaign, file)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chọn cơ quan, đơn vị đã đăng ký.")));

        assertThat(findingsOf(campaign)).isEmpty();
        mvc.perform(get("/assessments/campaigns/" + campaign + "/import/template")
                        .with(as(COORDINATOR)))
                .andExpect(status().isOk());
    }

    @Test
    void onlyTheCoordinatorImports() throws Exception {
        UUID campaign = newCampaign();
        byte[] file = Workbooks.xlsx(HEADERS, List.of(List.of("H57.02", "X", "Cao", "", "")));
        mvc.perform(multipart("/assessments/campaigns/" + campaign + "/import")
                        .file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", file))
                        .with(as(OFFICER)))
                .andExpect(status().is4xxClientError());
        assertThat(findingsOf(campaign)).isEmpty();
    }

    private UUID newCampaign() {
        UUID[] id = new UUID[1];
        SystemActor.run("test", () -> id[0] = campaigns.create("Đợt thử nghiệm", null));
        return id[0];
    }

    private org.springframework.test.web.servlet.ResultActions importFile(UUID campaign, byte[] file) throws Exception {
        return mvc.perform(multipart("/assessments/campaigns/" + campaign + "/import")
                .file(new MockMultipartFile("file", "phat-hien.xlsx", "application/octet-stream", file))
                .with(as(COORDINATOR)));
    }

    private List<String> findingsOf(UUID campaign) {
        return jdbc.sql("SELECT agency_code || '/' || severity FROM assessments.finding WHERE campaign_id = ?")
                .param(campaign)
                .query(String.class)
                .list();
    }
}
