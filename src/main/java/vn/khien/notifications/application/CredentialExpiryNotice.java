package vn.khien.notifications.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.identity.Role;
import vn.khien.identity.UserContacts;
import vn.khien.registers.CredentialExpiring;
import vn.khien.shared.InPublisherTransaction;

/**
 * Tells an agency that one of its signing certificates is about to expire: its focal points by mail,
 * its heads by mail and in the app. Registers publishes the event once per certificate and expiry
 * date, and the dedupe key keeps it once per person even if the event is delivered again.
 */
@Component
class CredentialExpiryNotice {

    private final JdbcClient jdbc;
    private final UserContacts contacts;
    private final MessageSource messages;
    private final NoticeMail mail;
    private final Outbox outbox;
    private final Clock clock;

    CredentialExpiryNotice(
            JdbcClient jdbc,
            UserContacts contacts,
            MessageSource messages,
            NoticeMail mail,
            Outbox outbox,
            Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.messages = messages;
        this.mail = mail;
        this.outbox = outbox;
        this.clock = clock;
    }

    @InPublisherTransaction("the reminder enters the outbox in the reminder job's transaction, which also records"
            + " that the reminder was sent: either both happen or the next run tries again")
    @EventListener
    void on(CredentialExpiring event) {
        String link = UriComponentsBuilder.fromPath("/registers/credentials")
                .queryParam("agency", event.agencyCode())
                .queryParam("attention", true)
                .build()
                .encode()
                .toUriString();
        List<Addressee> to = new ArrayList<>();
        jdbc.sql("""
                        SELECT DISTINCT lower(trim(f.email)) FROM %s f
                         WHERE f.agency_code = :agency AND f.email IS NOT NULL AND trim(f.email) <> ''
                           AND f.valid_from <= :day AND (f.valid_to IS NULL OR f.valid_to >= :day)""".formatted(AgencyFacts.FOCAL_POINT.name()))
                .param("agency", event.agencyCode())
                .param("day", java.time.LocalDate.now(clock))
                .query(String.class)
                .list()
                .forEach(email -> to.add(Addressee.address(email, "vi")));
        contacts.withRole(Role.AGENCY_HEAD, Set.of(event.agencyCode()))
                .forEach(head -> to.add(new Addressee(head.username(), head.email(), head.language())));
        Object[] args = {event.holderName(), event.agencyCode(), MailFormat.date(event.validTo())};
        outbox.write(to.stream()
                .map(a -> {
                    String subject = messages.getMessage("notifications.credential.expiring", args, a.locale());
                    return new Delivery(
                            a.username(),
                            a.email(),
                            a.language(),
                            subject,
                            mail.body(a, subject, link),
                            link,
                            "credential:" + event.credentialId() + ":" + event.validTo() + ":" + a.key());
                })
                .toList());
    }
}
