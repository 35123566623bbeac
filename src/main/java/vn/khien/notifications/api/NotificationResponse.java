package vn.khien.notifications.api;

import java.time.Instant;
import vn.khien.notifications.application.NotificationView;

/** One notification: its text, the path of the object it is about, when it came and when it was read. */
record NotificationResponse(long id, String text, String link, Instant createdAt, boolean read, Instant readAt) {

    static NotificationResponse of(NotificationView view) {
        return new NotificationResponse(
                view.id(), view.text(), view.link(), view.createdAt(), view.read(), view.readAt());
    }
}
