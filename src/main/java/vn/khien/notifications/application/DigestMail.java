package vn.khien.notifications.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.khien.compliance.ObligationReminder;
import vn.khien.compliance.ObligationStatus;

/** Writes a digest in its reader's language as plain text and simple HTML, every item with its link. */
@Component
class DigestMail {

    private final MessageSource messages;
    private final NotificationSettings settings;

    DigestMail(MessageSource messages, NotificationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    Delivery render(Digest digest, LocalDate day) {
        Addressee to = digest.to();
        Locale locale = to.locale();
        String subject = text(locale, "notifications.digest.subject", digest.itemCount(), MailFormat.date(day));
        StringBuilder text = new StringBuilder(text(locale, "notifications.digest.intro", MailFormat.date(day)));
        StringBuilder html = new StringBuilder("<p>" + MailFormat.html(text.toString()) + "</p>");
        text.append("\n");
        if (!digest.escalated().isEmpty()) {
            String heading = text(
                    locale,
                    "notifications.digest.escalated",
                    settings.escalation().afterDays());
            text.append("\n").append(heading).append("\n");
            html.append("<h3>").append(MailFormat.html(heading)).append("</h3><ul>");
            for (Digest.Escalated agency : digest.escalated()) {
                String line = text(
                        locale,
                        "notifications.digest.escalated.agency",
                        agency.agencyName(),
                        agency.agencyCode(),
                        agency.items(),
                        agency.maxDaysOverdue());
                String url = settings.absolute(UriComponentsBuilder.fromPath("/compliance/obligations")
                        .queryParam("agency", agency.agencyCode())
                        .queryParam("status", "OVERDUE")
                        .build()
                        .encode()
                        .toUriString());
                text.append("- ").append(line).append("\n  ").append(url).append("\n");
                html.append("<li>").append(MailFormat.anchor(url, line)).append("</li>");
            }
            html.append("</ul>");
        }
        digest.byAgency().forEach((code, items) -> agency(locale, code, items, text, html));
        String signature = text(locale, "notifications.mail.signature");
        text.append("\n-- \n").append(signature).append("\n");
        html.append("<p style=\"color:#666\">")
                .append(MailFormat.html(signature))
                .append("</p>");
        return new Delivery(
                to.username(),
                to.email(),
                to.language(),
                subject,
                new MailBody(text.toString(), MailFormat.page(to.language(), html.toString())),
                digest.link(),
                "digest:" + day + ":" + to.key());
    }

    private void agency(
            Locale locale, String code, List<ObligationReminder> items, StringBuilder text, StringBuilder html) {
        String heading = items.get(0).agencyName() + " (" + code + ")";
        text.append("\n== ").append(heading).append(" ==\n");
        html.append("<h3>").append(MailFormat.html(heading)).append("</h3><ul>");
        for (ObligationReminder item : items) {
            String state = item.status() == ObligationStatus.OVERDUE
                    ? text(locale, "notifications.digest.overdue", item.daysOverdue())
                    : text(locale, "notifications.digest.due-soon");
            String title = "en".equals(locale.getLanguage()) ? item.ruleTitleEn() : item.ruleTitleVi();
            String line = text(
                    locale,
                    "notifications.digest.item",
                    state,
                    title,
                    item.subjectName(),
                    item.subjectCode(),
                    MailFormat.date(item.dueDate()));
            String url = settings.absolute(item.link());
            text.append("- ").append(line).append("\n  ").append(url).append("\n");
            html.append("<li>").append(MailFormat.anchor(url, line)).append("</li>");
        }
        html.append("</ul>");
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
