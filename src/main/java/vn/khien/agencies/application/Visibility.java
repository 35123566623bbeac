package vn.khien.agencies.application;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.agencies.RegistryAccess;
import vn.khien.shared.ObjectVisibility;
import vn.khien.shared.RowAccess;

/** The viewer's agencies (every one, or the codes of {@link RegistryAccess#visibleAgencies()}) as SQL. */
record Visibility(Map<String, Object> params) {

    static final RowAccess<Optional<Set<String>>, String> AGENCIES = RowAccess.<Optional<Set<String>>, String>rows(
                    "agency")
            .everyRow(Optional::isEmpty)
            .column("code", code -> code, codes -> codes.orElse(Set.of()));

    /** For a query over {@code agencies.agency a}. */
    static final String CONDITION = AGENCIES.where("a");

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.params(params);
    }

    static Visibility of(RegistryAccess access) {
        return new Visibility(AGENCIES.parameters(access.visibleAgencies()));
    }

    @Configuration(proxyBeanMethods = false)
    static class History {

        /** An agency's history is visible to whoever may see the agency. */
        @Bean
        ObjectVisibility agencyVisibility(RegistryAccess access) {
            return ObjectVisibility.of("agency", access::maySee);
        }
    }
}
