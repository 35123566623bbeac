package vn.khien.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.notifications.application.OutboxAdministration;
import vn.khien.notifications.application.OutboxMailView;
import vn.khien.shared.Paging;

/** The coordinator's outbox page: mails waiting, sent and failed, with "retry now". */
@Controller
@RequestMapping("/notifications/outbox")
class OutboxPageController {

    private final OutboxAdministration outbox;

    OutboxPageController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) OutboxMailView.State state,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("mails", outbox.list(state, Paging.of(page, 50)));
        model.addAttribute("states", OutboxMailView.State.values());
        model.addAttribute("state", state);
        return "notifications/outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        outbox.retryNow(id);
        redirect.addFlashAttribute("notice", "notifications.outbox.retried");
        return "redirect:/notifications/outbox";
    }
}
