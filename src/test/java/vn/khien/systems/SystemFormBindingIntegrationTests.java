package vn.khien.systems;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** The register page binds the same details as the API: a typed code is trimmed, components are lines. */
@KhienIntegrationTest
class SystemFormBindingIntegrationTests extends SystemsTestSupport {

    private static final String OFFICER = "canbo.sonv";

    @Test
    void aCodeTypedWithStraySpacesRegistersTheSystemUnderTheCode() throws Exception {
        String code = uniqueCode("TRIM");
        mvc.perform(form(OFFICER, "/systems/new")
                        .param("code", "  " + code + " ")
                        .param("name", "Hệ thống thử mã có khoảng trắng")
                        .param("ownerCode", "H57.02")
                        .param("type", "INTERNAL"))
                .andExpect(redirectedUrl("/systems/" + code));
    }

    @Test
    void aRefusedFormShowsTheTypedComponentLinesAgain() throws Exception {
        mvc.perform(form(OFFICER, "/systems/new")
                        .param("code", uniqueCode("LINES"))
                        .param("name", "")
                        .param("ownerCode", "H57.02")
                        .param("type", "INTERNAL")
                        .param("components", "2 | Ứng dụng\n3 | Cơ sở dữ liệu"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vui lòng nhập tên hệ thống")))
                .andExpect(content().string(Matchers.containsString("2 | Ứng dụng\n3 | Cơ sở dữ liệu")));
    }
}
