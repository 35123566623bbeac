package vn.khien.notifications;

import vn.khien.shared.AuditableEvent;

/** The coordinator asked for a mail that failed to be tried again now. */
public record OutboxMailRetried(long mailId, String recipient, int attempts, String lastError)
        implements AuditableEvent {

    @Override
    public String action() {
        return "notifications.mail.retried";
    }

    @Override
    public String objectType() {
        return "outbox-mail";
    }

    @Override
    public String objectId() {
        return Long.toString(mailId);
    }

    @Override
    public String before() {
        return "to=" + recipient + ", attempts=" + attempts + (lastError == null ? "" : ", error=" + lastError);
    }
}
