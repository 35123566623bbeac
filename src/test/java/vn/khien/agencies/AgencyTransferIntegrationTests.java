package vn.khien.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SessionCookie;
import vn.khien.support.SignedIn;
import vn.khien.support.Workbooks;

@KhienIntegrationTest
class AgencyTransferIntegrationTests {

    private static final List<String> HEADERS = List.of(
            "Mã định danh", "Tên cơ quan, đơn vị", "Loại hình", "Mã cơ quan chủ quản", "Trang thông tin điện tử");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aValidFileImportsEveryRowAndImportingItAgainChangesNothing() throws Exception {
        String parent = AgencyRegistryIntegrationTests.unique("H57.30");
        byte[] file = Workbooks.xlsx(
                HEADERS,
                List.of(
                        List.of(parent + ".01", "Trung tâm Lưu trữ lịch sử", "Đơn vị sự nghiệp", parent, ""),
                        List.of(parent, "Ban Dân tộc thử nghiệm", "Sở, ban, ngành", "H57", "https://bdt.hue.gov.vn")));
        upload("agencies", file, new SessionCookie())
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã nhập xong")));
        assertThat(count(parent + "%")).isEqualTo(2);
        upload("agencies", file, new SessionCookie())
                .andExpect(content().string(Matchers.containsString("Không thay đổi: 2")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_record WHERE object_id = ?")
                        .param(parent)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndReportsEachRowAndColumn() throws Exception {
        String code = AgencyRegistryIntegrationTests.unique("H57.40");
        byte[] file = Workbooks.xlsx(
                HEADERS,
                List.of(
                        List.of(code, "Đơn vị hợp lệ", "Đơn vị sự nghiệp", "H57", ""),
                        List.of(code, "Trùng mã", "Đơn vị sự nghiệp", "H57", ""),
                        List.of(code + "X", "Loại sai", "Hợp tác xã", "KHONG-CO", "hue.gov.vn")));
        SessionCookie session = new SessionCookie();
        upload("agencies", file, session)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("xuất hiện nhiều lần trong tệp")))
                .andExpect(content().string(Matchers.containsString("Không tìm thấy cơ quan cấp trên.")))
                .andExpect(content().string(Matchers.containsString("“Hợp tác xã” không có trong danh sách")))
                .andExpect(content().string(Matchers.containsString("phải bắt đầu bằng http://")));
        assertThat(count(code + "%")).isZero();
        byte[] annotated = mvc.perform(
                        get("/agencies/import/annotated").with(session).with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Workbooks.read(annotated).get(2).toString()).contains("xuất hiện nhiều lần");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(multipart("/agencies/import/agencies")
                        .file(new MockMultipartFile(
                                "file", "ds.xlsx", "application/pdf", "%PDF-1.7 không phải".getBytes()))
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không phải là bảng tính")));
    }

    @Test
    void onlyTheCoordinatorImportsAgencies() throws Exception {
        mvc.perform(multipart("/agencies/import/agencies")
                        .file(new MockMultipartFile("file", "ds.xlsx", null, Workbooks.xlsx(HEADERS, List.of())))
                        .with(SignedIn.as(accounts, "canbo.sonv"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficerImportsFocalPointsOnlyForTheirOwnAgency() throws Exception {
        List<String> headers =
                List.of("Mã cơ quan", "Vai trò", "Đơn vị đầu mối", "Họ và tên", "Chức vụ", "Điện thoại", "Thư điện tử");
        byte[] foreign = Workbooks.xlsx(
                headers,
                List.of(List.of(
                        "H57.10",
                        "Đầu mối ứng cứu sự cố 24/7",
                        "Văn phòng",
                        "Người Lạ",
                        "Chuyên viên",
                        "0234 3822 999",
                        "la@hue.gov.vn")));
        mvc.perform(multipart("/agencies/import/focal-points")
                        .file(new MockMultipartFile("file", "dm.xlsx", null, foreign))
                        .with(SignedIn.as(accounts, "canbo.sonv"))
                        .with(csrf()))
                .andExpect(content().string(Matchers.containsString("bạn không được cập nhật đầu mối")));
        byte[] own = Workbooks.xlsx(
                headers,
                List.of(List.of(
                        "H57.02",
                        "INCIDENT_CONTACT",
                        "Văn phòng Sở",
                        "Đỗ Minh Quân",
                        "Chuyên viên",
                        "0234 3822 555",
                        "quan.dm@snv.hue.gov.vn")));
        mvc.perform(multipart("/agencies/import/focal-points")
                        .file(new MockMultipartFile("file", "dm.xlsx", null, own))
                        .with(SignedIn.as(accounts, "canbo.sonv"))
                        .with(csrf()))
                .andExpect(content().string(Matchers.containsString("Đã nhập xong")));
        assertThat(jdbc.sql("""
                        SELECT person_name FROM agencies.focal_point
                        WHERE agency_code = 'H57.02' AND role = 'INCIDENT_CONTACT' AND valid_to IS NULL""").query(String.class).single()).isEqualTo("Đỗ Minh Quân");
    }

    @Test
    void exportsHoldOnlyTheViewersAgenciesInTheImportLayout() throws Exception {
        byte[] xlsx =
                export("/agencies/export.xlsx", "canbo.sonv").getResponse().getContentAsByteArray();
        List<List<String>> rows = Workbooks.read(xlsx);
        assertThat(rows.get(0)).startsWith("Mã định danh", "Tên cơ quan, đơn vị");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("H57.02", "Sở Nội vụ");
        String csv = export("/agencies/export.csv?q=thuan", "dieuphoi")
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Ủy ban nhân dân phường Thuận Hóa").doesNotContain("Sở Nội vụ");
        byte[] focal = export("/agencies/focal-points/export.xlsx", "canbo.sonv")
                .getResponse()
                .getContentAsByteArray();
        assertThat(Workbooks.read(focal))
                .allSatisfy(row -> assertThat(row.get(0)).isIn("Mã cơ quan", "H57.02"));
    }

    /** The sheet has no columns for the licence's service and issuer or the mandate (issue 16 item 7). */
    @Test
    void importingAnOrganisationAgainKeepsTheLicencesServiceIssuerAndMandate() throws Exception {
        String code = AgencyRegistryIntegrationTests.unique("DG.I");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/agencies")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","name":"Tổ chức kiểm định nhập","kind":"ASSESSMENT_ORGANISATION",
                                 "licence":{"number":"7/GP","kind":"SECURITY_ASSESSMENT","issuer":"Bộ TT&TT",
                                            "validFrom":"2026-01-01","validUntil":"2035-12-31"},
                                 "mandate":{"kind":"DESIGNATED","reference":"QĐ 9/QĐ-UBND"}}""".formatted(code)))
                .andExpect(status().isCreated());
        byte[] file = Workbooks.xlsx(
                List.of(
                        "Mã định danh",
                        "Tên cơ quan, đơn vị",
                        "Loại hình",
                        "Số giấy phép",
                        "Hiệu lực từ",
                        "Hiệu lực đến"),
                List.of(List.of(
                        code,
                        "Tổ chức kiểm định đổi tên",
                        "Tổ chức kiểm tra, đánh giá",
                        "8/GP",
                        "01/01/2026",
                        "31/12/2035")));
        upload("agencies", file, new SessionCookie()).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        SELECT name || '|' || licence_number || '|' || licence_kind || '|' || licence_issuer || '|'
                               || mandate_kind || '|' || mandate_reference FROM agencies.agency WHERE code = ?""").param(code).query(String.class).single())
                .isEqualTo("Tổ chức kiểm định đổi tên|8/GP|SECURITY_ASSESSMENT|Bộ TT&TT|DESIGNATED|QĐ 9/QĐ-UBND");
    }

    private MvcResult export(String path, String user) throws Exception {
        MvcResult started =
                mvc.perform(get(path).with(SignedIn.as(accounts, user))).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
    }

    private org.springframework.test.web.servlet.ResultActions upload(String what, byte[] file, SessionCookie session)
            throws Exception {
        var actions = mvc.perform(multipart("/agencies/import/" + what)
                .file(new MockMultipartFile("file", "danh-sach.xlsx", null, file))
                .with(session)
                .with(SignedIn.as(accounts, "dieuphoi"))
                .with(csrf()));
        session.remember(actions.andReturn());
        return actions;
    }

    private long count(String codePattern) {
        return jdbc.sql("SELECT count(*) FROM agencies.agency WHERE code LIKE ?")
                .param(codePattern)
                .query(Long.class)
                .single();
    }
}
