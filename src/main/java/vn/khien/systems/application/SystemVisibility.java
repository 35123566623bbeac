package vn.khien.systems.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.shared.ObjectVisibility;
import vn.khien.systems.domain.InformationSystemRepository;

/** A system's history (its changes and its dossiers' steps) is visible to whoever may see the system. */
@Component
class SystemVisibility implements ObjectVisibility {

    private final InformationSystemRepository systems;
    private final SystemAccess access;

    SystemVisibility(InformationSystemRepository systems, SystemAccess access) {
        this.systems = systems;
        this.access = access;
    }

    @Override
    public String objectType() {
        return "information-system";
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySee(String objectId) {
        var viewer = access.viewer();
        return systems.findByCode(objectId).map(viewer::canSee).orElse(false);
    }
}
