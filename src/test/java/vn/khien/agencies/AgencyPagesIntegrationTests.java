package vn.khien.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

@KhienIntegrationTest
class AgencyPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theCoordinatorRegistersAnAgencyThroughTheForm() throws Exception {
        String code = AgencyRegistryIntegrationTests.unique("H57.08.");
        mvc.perform(post("/agencies/new")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Trung tâm Công nghệ thông tin và Truyền thông")
                        .param("kind", "PUBLIC_SERVICE_UNIT")
                        .param("parentCode", "H57.08"))
                .andExpect(redirectedUrl("/agencies/" + code))
                .andExpect(flash().attribute("notice", "agencies.registered"));
    }

    @Test
    void badInputReShowsTheFormInVietnameseAndSavesNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM agencies.agency")
                .query(Long.class)
                .single();
        mvc.perform(post("/agencies/new")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("code", "có dấu cách")
                        .param("name", "Cơ quan thử")
                        .param("kind", "PUBLIC_SERVICE_UNIT")
                        .param("website", "hue.gov.vn")
                        .param("licenceValidFrom", "không phải ngày"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vui lòng sửa các lỗi")))
                .andExpect(content().string(Matchers.containsString("Ngày phải viết dạng dd/MM/yyyy")));
        mvc.perform(post("/agencies/new")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("code", "có dấu cách")
                        .param("name", "")
                        .param("kind", "PUBLIC_SERVICE_UNIT")
                        .param("website", "hue.gov.vn"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Trường này là bắt buộc.")));
        mvc.perform(post("/agencies/new")
                        .with(SignedIn.as(accounts, "dieuphoi"))
                        .with(csrf())
                        .param("code", "có dấu cách")
                        .param("name", "Cơ quan thử")
                        .param("kind", "PUBLIC_SERVICE_UNIT")
                        .param("website", "hue.gov.vn"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mã chỉ gồm chữ, số")))
                .andExpect(content().string(Matchers.containsString("phải bắt đầu bằng http://")));
        assertThat(jdbc.sql("SELECT count(*) FROM agencies.agency")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void anOfficerAppointsTheirIncidentContactAndSeesTheAgencyInEnglishOnRequest() throws Exception {
        mvc.perform(post("/agencies/H57.P01/focal-points/INCIDENT_CONTACT")
                        .with(SignedIn.as(accounts, "canbo.thuanhoa"))
                        .with(csrf())
                        .param("unitName", "Văn phòng HĐND và UBND phường")
                        .param("personName", "Võ Thị Dung")
                        .param("position", "Công chức Văn phòng - Thống kê")
                        .param("phone", "0234 3823 456")
                        .param("email", "dung.vt@thuanhoa.hue.gov.vn"))
                .andExpect(redirectedUrl("/agencies/H57.P01?tab=focal-points"));
        mvc.perform(get("/agencies/H57.P01")
                        .param("tab", "focal-points")
                        .param("lang", "en")
                        .with(SignedIn.as(accounts, "canbo.thuanhoa")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("24/7 incident-response contact")))
                .andExpect(content().string(Matchers.containsString("Võ Thị Dung")));
    }

    @Test
    void theListSearchesWithoutAccentsAndOffersExports() throws Exception {
        mvc.perform(get("/agencies").param("q", "thuan hoa").with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ủy ban nhân dân phường Thuận Hóa")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Sở Y tế"))));
    }
}
