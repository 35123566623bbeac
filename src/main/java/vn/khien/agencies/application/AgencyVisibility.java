package vn.khien.agencies.application;

import org.springframework.stereotype.Component;
import vn.khien.agencies.RegistryAccess;
import vn.khien.shared.ObjectVisibility;

/** An agency's history is visible to whoever may see the agency. */
@Component
class AgencyVisibility implements ObjectVisibility {

    private final RegistryAccess access;

    AgencyVisibility(RegistryAccess access) {
        this.access = access;
    }

    @Override
    public String objectType() {
        return "agency";
    }

    @Override
    public boolean maySee(String objectId) {
        return access.maySee(objectId);
    }
}
