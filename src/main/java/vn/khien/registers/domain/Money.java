package vn.khien.registers.domain;

import java.math.BigDecimal;
import vn.khien.shared.InvalidInputException;

/** VND amounts: whole đồng, not negative, within NUMERIC(18, 0). */
public final class Money {

    private static final BigDecimal LIMIT = new BigDecimal("1e18");

    private Money() {}

    /** The amount as whole đồng, or a field error naming {@code field}. */
    public static BigDecimal vnd(String field, BigDecimal amount, boolean positive) {
        if (amount == null) {
            throw new InvalidInputException(field, "registers.money.required");
        }
        BigDecimal whole = amount.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new InvalidInputException(field, "registers.money.whole-dong");
        }
        if (whole.signum() < 0 || (positive && whole.signum() == 0) || whole.compareTo(LIMIT) >= 0) {
            throw new InvalidInputException(field, "registers.money.range");
        }
        return whole.setScale(0);
    }
}
