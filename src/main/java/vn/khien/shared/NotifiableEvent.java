package vn.khien.shared;

import java.util.List;

/**
 * An event that people must hear about now (an incident acknowledgement, a clock about to run out).
 * A module makes an event notifiable by implementing this interface and publishing it; the
 * notifications module, after the change commits, puts it in each recipient's in-app list and mails
 * it in the recipient's language, retrying until the mail server accepts it. Routine reminders
 * (obligations due soon or overdue) are not events: they go into each person's daily digest.
 */
public interface NotifiableEvent {

    /** Who must hear about it: users of the platform or plain e-mail addresses. */
    List<Recipient> recipients();

    /**
     * A message key of the publishing module's bundle for the subject line and the in-app text, with
     * {@link #messageArguments()}: {@code incidents.notice.reported}. A key with the suffix {@code
     * .body} may hold a longer text for the mail; without it the mail repeats the subject.
     */
    String messageKey();

    List<Object> messageArguments();

    /** Where to act on it: a path within the application, {@code /incidents/SC-2026-000123}. */
    String link();
}
