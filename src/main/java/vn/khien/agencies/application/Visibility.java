package vn.khien.agencies.application;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.agencies.RegistryAccess;

/** The viewer's scope as SQL parameters: {@code (:everyAgency OR a.code = ANY(:visibleCodes))}. */
record Visibility(boolean everyAgency, String[] visibleCodes) {

    static final String CONDITION = "(:everyAgency OR a.code = ANY(:visibleCodes))";

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.param("everyAgency", everyAgency).param("visibleCodes", visibleCodes);
    }

    static Visibility of(RegistryAccess access) {
        Optional<Set<String>> codes = access.visibleAgencies();
        return new Visibility(codes.isEmpty(), codes.orElse(Set.of()).toArray(String[]::new));
    }
}
