package vn.khien.identity.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.ObjectVisibility;

@Configuration(proxyBeanMethods = false)
class ApiTokenVisibility {

    /** A token's history (issued, revoked) is the coordinator's business. */
    @Bean
    ObjectVisibility apiTokenHistory(AccessPolicy policy) {
        return ObjectVisibility.of("api-token", id -> policy.currentUserHas(Role.COORDINATOR_ADMIN));
    }
}
