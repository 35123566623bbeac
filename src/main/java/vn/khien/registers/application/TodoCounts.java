package vn.khien.registers.application;

/** How many register entries need action, over the agencies a user may see (or one agency). */
public record TodoCounts(
        long expiringCredentials,
        long flaggedCredentials,
        long exceptionsAwaiting,
        long attestationsAwaiting,
        long staffBelowTarget) {

    public long total() {
        return expiringCredentials + flaggedCredentials + exceptionsAwaiting + attestationsAwaiting + staffBelowTarget;
    }
}
