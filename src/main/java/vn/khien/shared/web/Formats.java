package vn.khien.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.khien.shared.ProvinceZone;
import vn.khien.shared.ShownDate;

/**
 * Dates as Vietnamese users write them (dd/MM/yyyy), in the province's time zone, and numbers with the
 * reader's decimal separator (9,50 in Vietnamese); used as {@code @formats}.
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public String date(LocalDate date) {
        return ShownDate.of(date);
    }

    /** Two decimals with the reader's separator: 75,86 in Vietnamese, 75.86 in English. */
    public String decimal(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ProvinceZone.get()));
    }
}
