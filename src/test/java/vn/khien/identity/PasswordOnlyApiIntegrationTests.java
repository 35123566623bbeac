package vn.khien.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

/**
 * Issue 22: an account that signs in with a second factor cannot reach the API with its password alone
 * (HTTP Basic); its personal token works, and accounts without a second factor keep Basic.
 */
@KhienIntegrationTest
class PasswordOnlyApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theCoordinatorsRightPasswordOverBasicIsRefusedWithTheReasonAndItsTokenWorks() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("dieuphoi", KhienIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("khóa API cá nhân")));
        mvc.perform(get("/api/v1/me").with(httpBasic("ungcuu", KhienIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("dieuphoi"));
    }

    @Test
    void anAccountWithoutASecondFactorKeepsBasic() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("canbo.sonv", KhienIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }
}
