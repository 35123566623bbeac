package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;
import vn.khien.support.Workbooks;

@KhienIntegrationTest
class SystemTransferIntegrationTests {

    private static final List<String> HEADERS = List.of(
            "Mã hệ thống", "Tên hệ thống", "Mã cơ quan chủ quản", "Loại hệ thống", "Cấp độ đề xuất", "Trạng thái");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aSpreadsheetOfSystemsImportsAndImportingItAgainUpdatesTheSameSystems() throws Exception {
        String prefix = "IMP." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(List.of(
                    prefix + "." + i,
                    "Phần mềm một cửa số " + i,
                    "H57.P0" + (1 + i % 9),
                    "Phục vụ người dân, doanh nghiệp",
                    String.valueOf(1 + i % 4),
                    "Đang vận hành"));
        }
        byte[] file = Workbooks.xlsx(HEADERS, rows);
        upload(file).andExpect(content().string(Matchers.containsString("Đã nhập xong")));
        assertThat(count(prefix)).isEqualTo(30);
        upload(file).andExpect(content().string(Matchers.containsString("Cập nhật: 30")));
        assertThat(count(prefix)).isEqualTo(30);
    }

    @Test
    void badRowsImportNothingAndAreReportedByRowAndColumn() throws Exception {
        String prefix = "BAD." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        byte[] file = Workbooks.xlsx(
                HEADERS,
                List.of(
                        List.of(prefix + ".1", "Hệ thống hợp lệ", "H57.10", "Phục vụ hoạt động nội bộ", "2", ""),
                        List.of(prefix + ".2", "Chủ quản lạ", "KHONG-CO", "Phục vụ hoạt động nội bộ", "2", ""),
                        List.of(prefix + ".3", "Cấp độ 7", "H57.10", "Phục vụ hoạt động nội bộ", "7", ""),
                        List.of(prefix + ".4", "Loại lạ", "H57.10", "Vệ tinh", "2", "")));
        upload(file)
                .andExpect(content().string(Matchers.containsString("Không tìm thấy cơ quan, đơn vị này.")))
                .andExpect(content().string(Matchers.containsString("Giá trị phải từ 1 đến 5.")))
                .andExpect(content().string(Matchers.containsString("“Vệ tinh” không có trong danh sách")));
        assertThat(count(prefix)).isZero();
    }

    @Test
    void anOfficerExportsOnlyTheSystemsOfTheirAgency() throws Exception {
        var started = mvc.perform(get("/systems/export.xlsx").with(SignedIn.as(accounts, "canbo.sonv")))
                .andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = Workbooks.read(xlsx);
        assertThat(rows.get(0).get(0)).isEqualTo("Mã hệ thống");
        assertThat(rows.subList(1, rows.size()))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(2)).isEqualTo("H57.02"));
        var csv = mvc.perform(asyncDispatch(mvc.perform(get("/systems/export.csv")
                                .param("q", "cong dich vu cong")
                                .with(SignedIn.as(accounts, "dieuphoi")))
                        .andReturn()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMã hệ thống").contains("Cổng dịch vụ công");
    }

    @Test
    void onlyTheCoordinatorImportsSystems() throws Exception {
        mvc.perform(multipart("/systems/import")
                        .file(new MockMultipartFile("file", "ht.xlsx", null, Workbooks.xlsx(HEADERS, List.of())))
                        .with(SignedIn.as(accounts, "canbo.sonv"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private ResultActions upload(byte[] file) throws Exception {
        return mvc.perform(multipart("/systems/import")
                        .file(new MockMultipartFile("file", "he-thong.xlsx", null, file))
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    private long count(String prefix) {
        return jdbc.sql("SELECT count(*) FROM systems.information_system WHERE code LIKE ?")
                .param(prefix + ".%")
                .query(Long.class)
                .single();
    }
}
