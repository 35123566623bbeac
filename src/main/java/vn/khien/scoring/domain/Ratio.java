package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What an automatic formula counted for an agency: {@code counted} out of {@code countable}. */
public record Ratio(long counted, long countable) {

    public static final Ratio NOTHING = new Ratio(0, 0);

    /** The share in [0, 1], or null when there is nothing to count. */
    public BigDecimal share() {
        return countable == 0
                ? null
                : BigDecimal.valueOf(counted).divide(BigDecimal.valueOf(countable), 10, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return counted + "/" + countable;
    }
}
