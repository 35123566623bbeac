package vn.khien.systems;

import vn.khien.shared.AuditableEvent;

/**
 * A bulk import created and updated many systems in one transaction: the summary of the batch. Each new
 * system also gets its {@link SystemRegistered}, and each level set or changed its {@link
 * SystemLevelApproved}, as if entered one by one.
 */
public record SystemsImported(int created, int updated, String codes) implements AuditableEvent {

    @Override
    public String action() {
        return "systems.system.imported";
    }

    @Override
    public String objectType() {
        return "information-system";
    }

    @Override
    public String objectId() {
        return "import";
    }

    @Override
    public String after() {
        return "created=" + created + ", updated=" + updated + ", codes=" + codes;
    }
}
