package vn.khien.incidents.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.incidents.IncidentChanged;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.ObjectVisibility;

/** An incident's audit history is visible to whoever sees the incident's details. */
@Component
class IncidentVisibility implements ObjectVisibility {

    private final IncidentLoader loader;

    IncidentVisibility(IncidentLoader loader) {
        this.loader = loader;
    }

    @Override
    public String objectType() {
        return IncidentChanged.OBJECT_TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySee(String objectId) {
        try {
            return loader.visible(objectId).standing().seesDetails();
        } catch (ObjectNotFoundException e) {
            return false;
        }
    }
}
