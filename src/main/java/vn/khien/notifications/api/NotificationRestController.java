package vn.khien.notifications.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.notifications.application.MyNotifications;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's own in-app notifications, newest first")
class NotificationRestController {

    private final MyNotifications notifications;

    NotificationRestController(MyNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    PageResponse<NotificationResponse> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var result = notifications.list(Paging.of(page, size));
        return new PageResponse<>(
                result.items().stream().map(NotificationResponse::of).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount() {
        return new UnreadCount(notifications.unread());
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        notifications.markRead(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    ResponseEntity<Void> readAll() {
        notifications.markAllRead();
        return ResponseEntity.noContent().build();
    }

    record UnreadCount(long unread) {}
}
