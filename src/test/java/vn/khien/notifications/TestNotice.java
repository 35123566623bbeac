package vn.khien.notifications;

import java.util.List;
import vn.khien.shared.NotifiableEvent;
import vn.khien.shared.Recipient;

/** A notifiable event of no real module, worded with the certificate notice's message key. */
record TestNotice(List<Recipient> recipients, String holder, java.time.LocalDate validTo, String link)
        implements NotifiableEvent {

    @Override
    public String messageKey() {
        return "notifications.credential.expiring";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(holder, "H57.02", validTo);
    }
}
