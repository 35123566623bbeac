package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points are kept to two decimals, rounded half up, so that published figures add up as shown. */
public final class Points {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Points() {}

    public static BigDecimal of(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
