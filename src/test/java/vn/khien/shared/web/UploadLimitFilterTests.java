package vn.khien.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

class UploadLimitFilterTests {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final UploadLimitFilter filter = new UploadLimitFilter(
            DataSize.ofBytes(1000), messages, new FixedLocaleResolver(Locale.forLanguageTag("vi")));

    UploadLimitFilterTests() {
        messages.addMessage(UploadTooLarge.MESSAGE_KEY, Locale.forLanguageTag("vi"), "Tệp quá lớn");
    }

    private static MockHttpServletRequest upload(String path, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[bytes]);
        request.addHeader("Referer", "http://localhost/agencies/import");
        return request;
    }

    @Test
    void answersAnOverLimitApiUploadWithAProblemOnTheFileField() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(upload("/api/v1/agencies/import", 1001), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"field\":\"file\"", "Tệp quá lớn");
    }

    @Test
    void sendsAnOverLimitPageUploadBackToItsFormWithAMessage() throws Exception {
        MockHttpServletRequest request = upload("/agencies/import", 1001);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/agencies/import");
    }

    @Test
    void neverRedirectsToAnotherSite() {
        MockHttpServletRequest request = upload("/agencies/import", 10);
        request.removeHeader("Referer");
        request.addHeader("Referer", "https://evil.example/agencies");
        assertThat(UploadTooLarge.sameSiteReferer(request)).isEqualTo("/");
    }

    @Test
    void letsUploadsWithinTheLimitThrough() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(upload("/agencies/import", 1000), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
