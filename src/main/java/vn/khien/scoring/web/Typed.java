package vn.khien.scoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.khien.shared.InvalidInputException;

/** Values typed in a form, read by the page: what does not read is refused with its field's message. */
final class Typed {

    private Typed() {}

    static LocalDate date(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return vn.khien.shared.web.InputDates.isoOrVietnamese(typed);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "scoring.date.format");
        }
    }

    static Integer year(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("\\d{4}")) {
            throw new InvalidInputException(field, "scoring.campaign.year-required");
        }
        return Integer.valueOf(typed.strip());
    }

    static BigDecimal points(String field, String typed) {
        try {
            return typed == null || typed.isBlank()
                    ? null
                    : new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "scoring.verification.points-number");
        }
    }

    static Integer whole(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("\\d{1,6}")) {
            throw new InvalidInputException(field, "scoring.national.whole-number");
        }
        return Integer.valueOf(typed.strip());
    }
}
