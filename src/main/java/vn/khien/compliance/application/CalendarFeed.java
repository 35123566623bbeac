package vn.khien.compliance.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;
import vn.khien.compliance.application.CalendarQueries.Deadline;
import vn.khien.compliance.domain.ICalendar;
import vn.khien.compliance.domain.RuleDefinition;
import vn.khien.identity.UserContact;
import vn.khien.identity.UserContacts;

/**
 * A user's deadlines as an iCalendar feed. The request has no session: the token names the user, whose
 * account is loaded afresh on every request and stands as the signed-in user while the feed is read,
 * so the scope is the user's scope now (a disabled or deleted account, or a revoked token, gets nothing).
 */
@Service
public class CalendarFeed {

    // what a subscribed calendar shows: the recent past and the year ahead
    static final int MONTHS_BACK = 3;
    static final int MONTHS_AHEAD = 12;

    private final CalendarSubscriptions subscriptions;
    private final CalendarQueries calendar;
    private final PackCatalogue catalogue;
    private final UserDetailsService users;
    private final UserContacts contacts;
    private final MessageSource messages;
    private final Clock clock;

    CalendarFeed(
            CalendarSubscriptions subscriptions,
            CalendarQueries calendar,
            PackCatalogue catalogue,
            UserDetailsService users,
            UserContacts contacts,
            MessageSource messages,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.users = users;
        this.contacts = contacts;
        this.messages = messages;
        this.clock = clock;
    }

    /** The feed the token opens, or empty when the token or its user is not (or no longer) valid. */
    public Optional<String> ics(String token, String baseUrl) {
        var subscriber = subscriptions.open(token);
        if (subscriber.isEmpty()) {
            return Optional.empty();
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(subscriber.get().username());
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
        if (!user.isEnabled()) {
            return Optional.empty();
        }
        // the user's language now, so that switching language needs no new address
        Locale locale = Locale.forLanguageTag(contacts.of(List.of(user.getUsername())).stream()
                .map(UserContact::language)
                .findFirst()
                .orElse(subscriber.get().language()));
        SecurityContext previous = SecurityContextHolder.getContext();
        Locale previousLocale = LocaleContextHolder.getLocale();
        SecurityContext asUser = SecurityContextHolder.createEmptyContext();
        asUser.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(asUser);
        LocaleContextHolder.setLocale(locale);
        try {
            LocalDate today = LocalDate.now(clock);
            List<Deadline> deadlines = calendar.window(today.minusMonths(MONTHS_BACK), today.plusMonths(MONTHS_AHEAD));
            return Optional.of(ICalendar.write(
                    messages.getMessage("compliance.calendar.feed.name", null, locale),
                    clock.instant(),
                    deadlines.stream()
                            .map(d -> event(d, today, baseUrl, locale))
                            .toList()));
        } finally {
            SecurityContextHolder.setContext(previous);
            LocaleContextHolder.setLocale(previousLocale);
        }
    }

    private ICalendar.Event event(Deadline d, LocalDate today, String baseUrl, Locale locale) {
        String status = messages.getMessage("compliance.status." + d.status(), null, locale);
        String legal = rule(d.rule(), today)
                .map(r -> r.legal().document()
                        + (r.legal().article() == null ? "" : ", " + r.legal().article()))
                .orElse("");
        String description = messages.getMessage(
                "compliance.calendar.feed.description", new Object[] {status, d.agencyName(), legal, d.rule()}, locale);
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(baseUrl);
        if (d.link() != null) {
            link.path(d.link());
        } else if (d.subjectType() == vn.khien.compliance.SubjectType.SYSTEM) {
            link.path("/compliance/obligations").queryParam("rule", d.rule()).queryParam("system", d.subjectCode());
        } else {
            link.path("/compliance/obligations").queryParam("rule", d.rule()).queryParam("agency", d.subjectCode());
        }
        return new ICalendar.Event(
                uid(d),
                d.dueDate(),
                d.ruleTitle() + " — " + d.subjectCode(),
                description,
                link.encode().build().toUriString());
    }

    /** The same obligation (rule, subject, item, period) keeps its UID whatever its status or due day. */
    static String uid(Deadline d) {
        String key = d.rule() + "|" + d.subjectCode() + "|" + d.itemRef() + "|" + d.periodStart();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + "@khien";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<RuleDefinition> rule(String id, LocalDate day) {
        return catalogue.codes().stream()
                .flatMap(code -> catalogue.inForce(code, day).flatMap(p -> p.rule(id)).stream())
                .findFirst();
    }
}
