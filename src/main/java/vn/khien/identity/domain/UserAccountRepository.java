package vn.khien.identity.domain;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByExternalIssuerAndExternalSubject(String externalIssuer, String externalSubject);

    @Query("""
            SELECT count(*) FROM identity.user_account u JOIN identity.user_role r ON r.user_id = u.id
            WHERE u.enabled AND r.role = 'COORDINATOR_ADMIN' AND u.username <> :username""")
    long countOtherActiveAdmins(String username);
}
