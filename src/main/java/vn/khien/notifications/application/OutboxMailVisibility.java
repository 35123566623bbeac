package vn.khien.notifications.application;

import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.ObjectVisibility;

/** The outbox (and so a mail's retry history) is the coordinator's business. */
@Component
class OutboxMailVisibility implements ObjectVisibility {

    private final AccessPolicy policy;

    OutboxMailVisibility(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String objectType() {
        return "outbox-mail";
    }

    @Override
    public boolean maySee(String objectId) {
        return policy.currentUserHas(Role.COORDINATOR_ADMIN);
    }
}
