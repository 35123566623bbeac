package vn.khien.notifications.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.ObjectVisibility;

@Configuration(proxyBeanMethods = false)
class OutboxMailVisibility {

    /** The outbox (and so a mail's retry history) is the coordinator's business. */
    @Bean
    ObjectVisibility outboxMailHistory(AccessPolicy policy) {
        return ObjectVisibility.of("outbox-mail", id -> policy.currentUserHas(Role.COORDINATOR_ADMIN));
    }
}
