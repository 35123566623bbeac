package vn.khien.incidents;

import vn.khien.shared.AuditableEvent;

/**
 * Any other change to an incident (a transition, a task, a party, a file, a comment), and every
 * view of a RED or AMBER+STRICT incident: {@code action} says which. Texts of the incident stay out
 * of the trail, which is wider read than the incident itself.
 */
public record IncidentChanged(String action, String reference, String after) implements AuditableEvent {

    public static final String OBJECT_TYPE = "incident";

    @Override
    public String objectType() {
        return OBJECT_TYPE;
    }

    @Override
    public String objectId() {
        return reference;
    }
}
