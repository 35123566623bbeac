package vn.khien.compliance.application;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.ObjectVisibility;

/** A user's calendar subscription history is theirs and the coordinator's to see. */
@Component
class CalendarSubscriptionVisibility implements ObjectVisibility {

    private final AccessPolicy access;

    CalendarSubscriptionVisibility(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public String objectType() {
        return "calendar-subscription";
    }

    @Override
    public boolean maySee(String username) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return access.currentUserHas(Role.COORDINATOR_ADMIN)
                || (authentication != null && authentication.getName().equals(username));
    }
}
