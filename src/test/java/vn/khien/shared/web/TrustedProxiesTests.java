package vn.khien.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** A real Tomcat with the proxy rule, asked over loopback as a proxy (or a client posing as one) would. */
class TrustedProxiesTests {

    @Test
    void aListedProxyGivesTheClientAddressAndHttpsSoTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> answer = askThroughProxy(List.of("127.0.0.1"));
        assertThat(answer.body()).isEqualTo("203.0.113.7|true");
        assertThat(answer.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).contains("Secure"));
    }

    @Test
    void forwardedHeadersFromAnAddressNotListedAreIgnored() throws Exception {
        HttpResponse<String> answer = askThroughProxy(List.of("10.9.9.9"));
        assertThat(answer.body()).isEqualTo("127.0.0.1|false");
        assertThat(answer.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void withNoProxyConfiguredNobodyIsBelieved() throws Exception {
        assertThat(askThroughProxy(List.of()).body()).isEqualTo("127.0.0.1|false");
    }

    private static HttpResponse<String> askThroughProxy(List<String> trusted) throws Exception {
        var factory = new TomcatServletWebServerFactory(0);
        new TrustedProxies(trusted).customize(factory);
        WebServer server = factory.getWebServer(
                context -> context.addServlet("echo", new Echo()).addMapping("/"));
        server.start();
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/"))
                    .header("X-Forwarded-For", "203.0.113.7")
                    .header("X-Forwarded-Proto", "https")
                    .build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } finally {
            server.stop();
        }
    }

    /** What the application sees of the caller. */
    static class Echo extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getSession(true);
            response.getWriter().write(request.getRemoteAddr() + "|" + request.isSecure());
        }
    }
}
