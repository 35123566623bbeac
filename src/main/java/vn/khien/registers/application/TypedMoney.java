package vn.khien.registers.application;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import vn.khien.shared.InvalidInputException;

/** VND amounts as people type them in forms. */
public final class TypedMoney {

    /** Whole đồng as typed in Vietnam: plain digits, or groups of three separated by dots, commas or spaces. */
    private static final Pattern TYPED = Pattern.compile("\\d+|\\d{1,3}(?:([.,\\u00A0 ])\\d{3})(?:\\1\\d{3})*");

    private TypedMoney() {}

    /**
     * Reads an amount typed in a form ("1.500.000", "1 500 000", "1500000"); a blank is null. A decimal
     * part is refused rather than guessed: "1.5" could be one and a half or a typo of 1.500.
     */
    public static BigDecimal parse(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (!TYPED.matcher(text).matches()) {
            throw new InvalidInputException(field, "registers.money.format");
        }
        return new BigDecimal(text.replaceAll("[^0-9]", ""));
    }
}
