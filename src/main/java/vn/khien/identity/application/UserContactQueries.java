package vn.khien.identity.application;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.identity.Role;
import vn.khien.identity.UserContact;
import vn.khien.identity.UserContacts;

/** Answers {@link UserContacts} with one query each. */
@Service
class UserContactQueries implements UserContacts {

    private static final String COLUMNS =
            "SELECT u.username, u.display_name, u.email, u.language, u.agency_code FROM identity.user_account u ";

    private final JdbcClient jdbc;

    UserContactQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UserContact> of(Collection<String> usernames) {
        return jdbc.sql(COLUMNS + "WHERE u.enabled AND u.username = ANY(CAST(:names AS text[])) ORDER BY u.username")
                .param("names", usernames.toArray(String[]::new))
                .query(UserContactQueries::contact)
                .list();
    }

    @Override
    public List<UserContact> withRole(Role role, Collection<String> agencyCodes) {
        return jdbc.sql(COLUMNS + """
                        WHERE u.enabled
                          AND EXISTS (SELECT 1 FROM identity.user_role r WHERE r.user_id = u.id AND r.role = :role)
                          AND (CAST(:codes AS text[]) IS NULL OR u.agency_code = ANY(CAST(:codes AS text[])))
                        ORDER BY u.username""")
                .param("role", role.name())
                .param("codes", agencyCodes == null ? null : agencyCodes.toArray(String[]::new))
                .query(UserContactQueries::contact)
                .list();
    }

    private static UserContact contact(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UserContact(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getString("language"),
                rs.getString("agency_code"));
    }
}
