package vn.khien.notifications.application;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import vn.khien.shared.ShownDate;

/** The small formatting rules every mail shares: dates dd/MM/yyyy, HTML escaped, links absolute. */
final class MailFormat {

    private MailFormat() {}

    static String date(LocalDate day) {
        return ShownDate.of(day);
    }

    /** Message arguments as they should read: dates as dd/MM/yyyy, everything else unchanged. */
    static Object[] arguments(List<Object> arguments) {
        return arguments.stream()
                .map(a -> a instanceof LocalDate day ? date(day) : a instanceof TemporalAccessor t ? t.toString() : a)
                .toArray();
    }

    static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String anchor(String href, String text) {
        return "<a href=\"" + html(href) + "\">" + html(text) + "</a>";
    }

    static String page(String lang, String content) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family:sans-serif\">" + content + "</body></html>";
    }
}
