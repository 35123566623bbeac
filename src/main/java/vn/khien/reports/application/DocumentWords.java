package vn.khien.reports.application;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words and numbers of a report's documents, which are official Vietnamese texts whatever the
 * reader's language: names of kinds and statuses from the message bundles in Vietnamese, numbers with a
 * decimal comma and dots between thousands.
 */
@Component
class DocumentWords {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    DocumentWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The Vietnamese name under a message key; the key's last part if the bundle lacks it. */
    String label(String key) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), VIETNAMESE);
    }

    /** The Vietnamese name of one of registers' kinds or statuses, by that module's key convention. */
    String registersLabel(String group, String constant) {
        return label(String.join(".", "registers", group, constant));
    }

    String number(BigDecimal value) {
        if (value == null) {
            return "0";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    String money(BigDecimal value) {
        return value == null ? "chưa xác định" : number(value);
    }

    String percent(BigDecimal value) {
        return number(value) + " %";
    }
}
