package vn.khien.notifications.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.khien.identity.UserContact;
import vn.khien.identity.UserContacts;
import vn.khien.shared.InPublisherTransaction;
import vn.khien.shared.NotifiableEvent;
import vn.khien.shared.Recipient;

/**
 * Delivers every {@link NotifiableEvent} in the publishing transaction: the outbox row and the in-app
 * notification commit with the change or not at all, and the mail goes out later, retried, so the
 * user's request never waits for the mail server.
 */
@Component
class NoticeDelivery {

    private final UserContacts contacts;
    private final MessageSource messages;
    private final NoticeMail mail;
    private final Outbox outbox;

    NoticeDelivery(UserContacts contacts, MessageSource messages, NoticeMail mail, Outbox outbox) {
        this.contacts = contacts;
        this.messages = messages;
        this.mail = mail;
        this.outbox = outbox;
    }

    @InPublisherTransaction("the notice enters the outbox in the same transaction as the change it reports, so a"
            + " committed change is never left without its notice (the outbox sends after commit)")
    @EventListener
    void on(NotifiableEvent event) {
        Object[] args = MailFormat.arguments(event.messageArguments());
        List<Delivery> deliveries = new ArrayList<>();
        for (Addressee to : addressees(event.recipients())) {
            String subject = messages.getMessage(event.messageKey(), args, event.messageKey(), to.locale());
            String body = messages.getMessage(event.messageKey() + ".body", args, subject, to.locale());
            deliveries.add(new Delivery(
                    to.username(),
                    to.email(),
                    to.language(),
                    subject,
                    mail.body(to, body, event.link()),
                    event.link(),
                    null));
        }
        outbox.write(deliveries);
    }

    /** Users are looked up in one query; unknown or disabled users are skipped, addresses kept. */
    List<Addressee> addressees(List<Recipient> recipients) {
        Map<String, UserContact> users =
                contacts
                        .of(recipients.stream()
                                .filter(Recipient::isUser)
                                .map(Recipient::username)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(UserContact::username, Function.identity()));
        return recipients.stream()
                .map(r -> r.isUser()
                        ? users.containsKey(r.username())
                                ? new Addressee(
                                        r.username(),
                                        users.get(r.username()).email(),
                                        users.get(r.username()).language())
                                : null
                        : Addressee.address(r.email(), r.language()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }
}
