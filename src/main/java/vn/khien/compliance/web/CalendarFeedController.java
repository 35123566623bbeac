package vn.khien.compliance.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.khien.compliance.application.CalendarFeed;

/**
 * The private iCalendar feed mail clients subscribe to. No session: the token in the path is the
 * credential (the security chain lets the path through); anything but a live token is a plain 404.
 */
@Controller
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeed feed;

    CalendarFeedController(CalendarFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return feed.ics(token, base)
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
