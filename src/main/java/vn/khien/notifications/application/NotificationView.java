package vn.khien.notifications.application;

import java.time.Instant;

/** One of the signed-in user's notifications; {@code link} is a path within the application. */
public record NotificationView(long id, String text, String link, Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
