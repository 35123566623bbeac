package vn.khien.support;

import java.net.InetAddress;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenID Connect provider on loopback (NAV's mock-oauth2-server, issuer {@code /khien}) with its
 * interactive login form: a user name and the claims as JSON. Started once per test JVM; a context made
 * with this initializer signs in through it exactly as it would through the province's Keycloak.
 */
public class LoopbackOidcProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String REGISTRATION = "sso";
    public static final String BUTTON_NAME = "Keycloak tỉnh";

    private static MockOAuth2Server server;

    /** The issuer that Khiên's accounts made by single sign-on are tied to. */
    public static synchronized String issuer() {
        if (server == null) {
            server = new MockOAuth2Server(new OAuth2Config(true));
            server.start(InetAddress.getLoopbackAddress(), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server.issuerUrl("khien").toString();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String prefix = "spring.security.oauth2.client.";
        Map<String, Object> properties = Map.of(
                prefix + "registration." + REGISTRATION + ".client-id",
                "khien",
                prefix + "registration." + REGISTRATION + ".client-secret",
                "khien-test-secret",
                prefix + "registration." + REGISTRATION + ".scope",
                "openid,profile,email",
                prefix + "provider." + REGISTRATION + ".issuer-uri",
                issuer(),
                "khien.oidc.button-name",
                BUTTON_NAME);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("loopback-oidc", properties));
    }
}
