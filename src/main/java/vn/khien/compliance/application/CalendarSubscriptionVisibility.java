package vn.khien.compliance.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.ObjectVisibility;

@Configuration(proxyBeanMethods = false)
class CalendarSubscriptionVisibility {

    /** A user's calendar subscription history is theirs and the coordinator's to see. */
    @Bean
    ObjectVisibility calendarSubscriptionHistory(AccessPolicy access) {
        return ObjectVisibility.of("calendar-subscription", username -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            return access.currentUserHas(Role.COORDINATOR_ADMIN)
                    || (authentication != null && authentication.getName().equals(username));
        });
    }
}
