package vn.khien.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.notifications.application.MyNotifications;
import vn.khien.shared.Paging;

/** The signed-in user's notifications, and the unread count shown in the top navigation. */
@Controller
@RequestMapping("/notifications")
class NotificationPageController {

    private final MyNotifications notifications;

    NotificationPageController(MyNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("notifications", notifications.list(Paging.of(page, 20)));
        model.addAttribute("unread", notifications.unread());
        return "notifications/list";
    }

    /** Loaded by htmx into the navigation of every page. */
    @GetMapping("/badge")
    String badge(Model model) {
        model.addAttribute("unread", notifications.unread());
        return "notifications/badge :: count";
    }

    /** Marks the notification read and opens the object it is about. */
    @PostMapping("/{id}/open")
    String open(@PathVariable long id) {
        String link = notifications.markRead(id);
        // links are paths within Khiên; anything else is not followed (no open redirect)
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        notifications.markAllRead();
        redirect.addFlashAttribute("notice", "notifications.all-read");
        return "redirect:/notifications";
    }
}
