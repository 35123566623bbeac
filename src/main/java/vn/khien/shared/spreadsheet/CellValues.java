package vn.khien.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns raw cells into values the way Vietnamese offices write them: {@code 1.234.567} is one million
 * and more (dot groups thousands, comma marks decimals), dates are {@code dd/MM/yyyy}, yes is "Có".
 */
final class CellValues {

    static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
    private static final Set<String> TRUE = Set.of("co", "x", "yes", "y", "true", "1", "dung");
    private static final Set<String> FALSE = Set.of("khong", "no", "n", "false", "0", "sai");
    private static final Pattern CURRENCY = Pattern.compile("(?i)\\s*(vnd|vnđ|đồng|đ|₫)$");
    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d+");
    private static final Pattern DOT_GROUPS = Pattern.compile("[+-]?[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern COMMA_GROUPS = Pattern.compile("[+-]?[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d*,\\d+");
    // before 1900-03-01 Excel's serials carry its 1900 leap-year bug; registries hold no such dates
    private static final double FIRST_SERIAL = 61;
    private static final double LAST_SERIAL = 2958465; // 31/12/9999

    /** A value that cannot be read, with the problem's message key. */
    static final class Unreadable extends Exception {
        final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }
    }

    private CellValues() {}

    static String text(RawCell cell) {
        return switch (cell.type()) {
            case TEXT, BOOLEAN -> SheetText.clean(cell.value());
            case NUMBER -> new BigDecimal(cell.value()).toPlainString();
            case DATE -> {
                try {
                    yield DISPLAY_DATE.format(serialToDate(cell.value()));
                } catch (Unreadable e) {
                    yield cell.value();
                }
            }
        };
    }

    static BigDecimal decimal(RawCell cell) throws Unreadable {
        if (cell.type() == RawCell.Type.NUMBER) {
            return new BigDecimal(cell.value());
        }
        if (cell.type() != RawCell.Type.TEXT) {
            throw new Unreadable("spreadsheet.problem.not-a-number");
        }
        String s = CURRENCY.matcher(SheetText.clean(cell.value())).replaceAll("");
        s = s.replaceAll("[\\s\\u00A0\\u202F]", "");
        try {
            if (DIGITS.matcher(s).matches()) {
                return new BigDecimal(s);
            }
            if (DOT_GROUPS.matcher(s).matches()) { // 1.234.567 or 1.234,5 (and single-group 1.234)
                return new BigDecimal(s.replace(".", "").replace(',', '.'));
            }
            boolean severalCommasOrADot = s.indexOf(',') != s.lastIndexOf(',') || s.contains(".");
            if (COMMA_GROUPS.matcher(s).matches() && severalCommasOrADot) { // 1,234,567 or 1,234.5 (English)
                return new BigDecimal(s.replace(",", ""));
            }
            if (COMMA_DECIMAL.matcher(s).matches()) { // 12,5
                return new BigDecimal(s.replace(',', '.'));
            }
            if (DOT_DECIMAL.matcher(s).matches()) { // 12.5
                return new BigDecimal(s);
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw new Unreadable("spreadsheet.problem.not-a-number");
    }

    static Long integer(RawCell cell) throws Unreadable {
        BigDecimal value = decimal(cell);
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable("spreadsheet.problem.not-an-integer");
        }
    }

    static LocalDate date(RawCell cell) throws Unreadable {
        if (cell.type() == RawCell.Type.DATE || cell.type() == RawCell.Type.NUMBER) {
            return serialToDate(cell.value());
        }
        String s = SheetText.clean(cell.value());
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(s, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        throw new Unreadable("spreadsheet.problem.not-a-date");
    }

    static Boolean bool(RawCell cell) throws Unreadable {
        String folded = SheetText.fold(cell.value());
        if (TRUE.contains(folded)) {
            return true;
        }
        if (FALSE.contains(folded)) {
            return false;
        }
        throw new Unreadable("spreadsheet.problem.not-yes-no");
    }

    /** The allowed value named by the cell (by value name or label, in any case or accents). */
    static String choice(RawCell cell, Map<String, String> lookup) throws Unreadable {
        String value = lookup.get(SheetText.fold(text(cell)));
        if (value == null) {
            throw new Unreadable("spreadsheet.problem.unknown-value");
        }
        return value;
    }

    private static LocalDate serialToDate(String serial) throws Unreadable {
        double value = Double.parseDouble(serial);
        if (value < FIRST_SERIAL || value > LAST_SERIAL) {
            throw new Unreadable("spreadsheet.problem.not-a-date");
        }
        return DateUtil.getLocalDateTime(value, false).toLocalDate();
    }
}
