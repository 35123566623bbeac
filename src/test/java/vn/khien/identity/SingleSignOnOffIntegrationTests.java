package vn.khien.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.KhienIntegrationTest;

/** Without a provider configured there is no single sign-on: no button, no endpoint that starts one. */
@KhienIntegrationTest
class SingleSignOnOffIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageOffersNoProvider() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("sso-"))));
    }

    @Test
    void noSignOnStartsWithoutAProvider() throws Exception {
        // with a provider, this path redirects to the provider's authorization endpoint
        mvc.perform(get("/oauth2/authorization/sso"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUnknownRefusalReasonShowsOnlyTheGeneralMessage() throws Exception {
        mvc.perform(get("/login").param("refused", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không đăng nhập được qua hệ thống xác thực")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))));
    }
}
