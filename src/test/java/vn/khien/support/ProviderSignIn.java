package vn.khien.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A visitor without a browser who signs in to Khiên (on {@code port}) through {@link LoopbackOidcProvider}:
 * follows the redirects, fills in the provider's login form as a person would, and keeps the cookies.
 */
public final class ProviderSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;

    public ProviderSignIn(int port) {
        this.port = port;
    }

    /** Signs in at the provider as {@code subject} with these claims (JSON); the page Khiên ends on. */
    public HttpResponse<String> asProviderUser(String subject, String claimsJson) throws Exception {
        HttpResponse<String> form = get("/oauth2/authorization/" + LoopbackOidcProvider.REGISTRATION);
        if (!form.body().contains("name=\"claims\"")) {
            throw new IllegalStateException("the provider's login form did not come: " + form.uri());
        }
        return http.send(
                HttpRequest.newBuilder(form.uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + encode(subject) + "&claims=" + encode(claimsJson)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with a local account's password on Khiên's own form. */
    public HttpResponse<String> withPassword(String username, String password) throws Exception {
        var page = CSRF.matcher(get("/login").body());
        if (!page.find()) {
            throw new IllegalStateException("the login page has no CSRF token");
        }
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                                + encode(password) + "&_csrf=" + encode(page.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET on Khiên with this visitor's cookies. */
    public HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
