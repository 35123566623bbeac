package vn.khien.reports.application.provincial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report writes numbers and dates: Vietnamese, dots between thousands, a decimal comma. */
final class Vn {

    static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Vn() {}

    static String count(long n) {
        return NumberFormat.getIntegerInstance(VI).format(n);
    }

    static String money(BigDecimal amount) {
        return amount == null
                ? ""
                : count(amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A share of {@code whole} in per cent with one decimal, truncated (9,99 % never reads 10,0 %); "—" when there is no whole. */
    static String percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return "—";
        }
        BigDecimal share = part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.DOWN);
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share) + " %";
    }

    static String percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
