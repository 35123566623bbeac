package vn.khien.support;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Viewer;

/**
 * For tests (annotated {@link KhienIntegrationTest}) that run a module's access declaration over the demo
 * data: the demo users, one of each kind of viewer, and what the SQL condition selects.
 */
public abstract class DemoViewers {

    /** Province-wide, agency officer and head, agency with units, assessor, provider. */
    public static final List<String> USERS = List.of(
            "dieuphoi",
            "ungcuu",
            "congan",
            "canbo.sonv",
            "giamdoc.sonv",
            "canbo.syt",
            "canbo.thuanhoa",
            "danhgia",
            "giamsat");

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    AccessPolicy policy;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs the user in on this thread; the viewer the access policy builds for them. */
    protected Viewer signIn(String username) {
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        return policy.currentViewer();
    }

    /** The first column of what {@code sql} selects with {@code params}. */
    protected <I> Set<I> selected(String sql, Map<String, Object> params, Class<I> type) {
        return new HashSet<>(jdbc.sql(sql).params(params).query(type).list());
    }
}
