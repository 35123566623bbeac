package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.LoopbackOidcProvider;
import vn.khien.support.ProviderSignIn;
import vn.khien.support.SingleSignOnTest;

/**
 * Single sign-on end to end against a real OpenID Connect provider on loopback: the provider's groups
 * and agency claim become roles and agency scope, what Khiên cannot place is refused with a reason,
 * and local accounts keep signing in with their password.
 */
@SingleSignOnTest
class SingleSignOnIntegrationTests {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoginPageOffersTheProvider() throws Exception {
        assertThat(new ProviderSignIn(port).get("/login").body())
                .contains("id=\"sso-sso\"", "Đăng nhập bằng " + LoopbackOidcProvider.BUTTON_NAME);
    }

    @Test
    void anAgencyOfficerOfTheProviderBecomesAnAgencyOfficerOfThatAgency() throws Exception {
        String name = person("canbo");
        ProviderSignIn visitor = new ProviderSignIn(port);

        var landing = visitor.asProviderUser(
                name,
                claims(name, "[\"/khien/agency-officer\", \"staff\"]", "\"H57.02\", \"khien_agency_units\": true"));

        assertThat(landing.uri().getPath()).isEqualTo("/");
        assertThat(visitor.get("/api/v1/me").body())
                .contains(
                        "\"username\":\"" + name + "\"", "\"roles\":[\"AGENCY_OFFICER\"]", "\"agencyCode\":\"H57.02\"")
                .contains("\"includeSubordinates\":true");
        assertThat(visitor.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT external_issuer FROM identity.user_account WHERE username = :u")
                        .param("u", name)
                        .query(String.class)
                        .single())
                .isEqualTo(LoopbackOidcProvider.issuer());
        assertThat(auditActions(name)).contains("identity.user.created", "security.login.succeeded");
        assertThat(new ProviderSignIn(port)
                        .withPassword(name, "any-Password-2026")
                        .uri()
                        .getQuery())
                .isEqualTo("error");
    }

    @Test
    void aCoordinatorGroupGivesTheProvinceWideRoleWithoutAnAgency() throws Exception {
        String name = person("dieuphoi");
        ProviderSignIn visitor = new ProviderSignIn(port);

        visitor.asProviderUser(name, claims(name, "\"COORDINATOR_ADMIN\"", null));

        assertThat(visitor.get("/api/v1/me").body()).contains("\"roles\":[\"COORDINATOR_ADMIN\"]");
        assertThat(visitor.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void theProviderTakingAGroupAwayDemotesTheAccountAtTheNextSignIn() throws Exception {
        String name = person("giamdoc");
        new ProviderSignIn(port)
                .asProviderUser(name, claims(name, "[\"agency-head\", \"agency-officer\"]", "\"H57.02\""));

        ProviderSignIn again = new ProviderSignIn(port);
        again.asProviderUser(name, claims(name, "[\"agency-officer\"]", "\"H57.02\""));

        assertThat(again.get("/api/v1/me").body()).contains("\"roles\":[\"AGENCY_OFFICER\"]");
        assertThat(auditActions(name)).contains("identity.user.updated-by-provider");
    }

    @Test
    void anAccountDisabledInKhienIsRefusedAtItsNextSignIn() throws Exception {
        String name = person("nghiviec");
        String claims = claims(name, "[\"observer\"]", null);
        new ProviderSignIn(port).asProviderUser(name, claims);
        jdbc.sql("UPDATE identity.user_account SET enabled = false, version = version + 1 WHERE username = :u")
                .param("u", name)
                .update();

        var answer = new ProviderSignIn(port).asProviderUser(name, claims);

        assertThat(answer.uri().getQuery()).isEqualTo("refused=disabled");
        assertThat(auditActions(name)).endsWith("security.login.refused");
    }

    @Test
    void aPersonInNoKnownGroupIsRefusedWithAReasonAndGetsNoAccount() throws Exception {
        String name = person("khach");
        ProviderSignIn visitor = new ProviderSignIn(port);

        var answer = visitor.asProviderUser(name, claims(name, "[\"/ubnd/van-thu\"]", "\"H57.02\""));

        assertThat(answer.uri().getPath() + "?" + answer.uri().getQuery()).isEqualTo("/login?refused=no-role");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"sso-refused\"", "chưa được cấp vai trò nào");
        assertThat(visitor.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(accounts(name)).isZero();
        assertThat(auditActions(name)).containsExactly("security.login.refused");
    }

    @Test
    void anAgencyRoleForAnAgencyKhienDoesNotKnowIsRefused() throws Exception {
        String name = person("lac");

        var answer = new ProviderSignIn(port)
                .asProviderUser(name, claims(name, "[\"agency-officer\"]", "\"NO.SUCH.AGENCY\""));

        assertThat(answer.uri().getQuery()).isEqualTo("refused=unknown-agency");
        assertThat(accounts(name)).isZero();
    }

    @Test
    void theProviderCannotTakeOverALocalAccountOfTheSameName() throws Exception {
        String subject = person("mao-danh");

        var answer =
                new ProviderSignIn(port).asProviderUser(subject, claims("dieuphoi", "[\"coordinator-admin\"]", null));

        assertThat(answer.uri().getQuery()).isEqualTo("refused=username-taken");
        assertThat(jdbc.sql("SELECT external_issuer IS NULL FROM identity.user_account WHERE username = 'dieuphoi'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void localAccountsStillSignInWithTheirPassword() throws Exception {
        ProviderSignIn visitor = new ProviderSignIn(port);

        var landing = visitor.withPassword("canbo.sonv", KhienIntegrationTest.DEMO_PASSWORD);

        assertThat(landing.uri().getPath()).isEqualTo("/");
        assertThat(visitor.get("/api/v1/me").body()).contains("\"username\":\"canbo.sonv\"");
    }

    /** The claims JSON the provider's form takes: user name, name, groups and (if any) agency. */
    static String claims(String username, String groups, String agency) {
        return "{\"preferred_username\": \"" + username + "\", \"name\": \"Người dùng " + username + "\", \"groups\": "
                + groups + (agency == null ? "" : ", \"khien_agency\": " + agency) + "}";
    }

    private static String person(String kind) {
        return "sso." + kind + "." + PEOPLE.incrementAndGet() + "." + (System.nanoTime() % 100000);
    }

    private long accounts(String username) {
        return jdbc.sql("SELECT count(*) FROM identity.user_account WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    private List<String> auditActions(String username) {
        return jdbc.sql("SELECT action FROM audit.audit_record WHERE object_id = :u ORDER BY seq")
                .param("u", username)
                .query(String.class)
                .list();
    }
}
