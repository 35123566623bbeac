package vn.khien.notifications.application;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The body of a single notice: its text, the absolute link to act on it and the signature. */
@Component
class NoticeMail {

    private final MessageSource messages;
    private final NotificationSettings settings;

    NoticeMail(MessageSource messages, NotificationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    MailBody body(Addressee to, String text, String link) {
        String url = settings.absolute(link);
        String open = messages.getMessage("notifications.mail.open", null, to.locale());
        String signature = messages.getMessage("notifications.mail.signature", null, to.locale());
        return new MailBody(
                text + "\n\n" + open + ": " + url + "\n\n-- \n" + signature + "\n",
                MailFormat.page(
                        to.language(),
                        "<p>" + MailFormat.html(text).replace("\n", "<br>") + "</p><p>" + MailFormat.anchor(url, open)
                                + "</p><p style=\"color:#666\">" + MailFormat.html(signature) + "</p>"));
    }
}
