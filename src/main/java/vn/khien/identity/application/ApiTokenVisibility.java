package vn.khien.identity.application;

import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.ObjectVisibility;

/** A token's history (issued, revoked) is the coordinator's business. */
@Component
class ApiTokenVisibility implements ObjectVisibility {

    private final AccessPolicy policy;

    ApiTokenVisibility(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String objectType() {
        return "api-token";
    }

    @Override
    public boolean maySee(String objectId) {
        return policy.currentUserHas(Role.COORDINATOR_ADMIN);
    }
}
