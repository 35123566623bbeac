package vn.khien.registers.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The security spend of a plan against its total, in exact VND. Whether it reaches a threshold is
 * decided by cross-multiplying ({@code security × 100 ≥ threshold × total}), never through a rounded
 * percentage: 9.999 % does not reach 10 %.
 */
public record SecurityShare(BigDecimal security, BigDecimal total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public SecurityShare {
        if (total == null || total.signum() <= 0 || security == null || security.signum() < 0) {
            throw new IllegalArgumentException("a share needs a positive total and a non-negative spend");
        }
    }

    public boolean reaches(BigDecimal thresholdPercent) {
        return security.multiply(HUNDRED).compareTo(thresholdPercent.multiply(total)) >= 0;
    }

    /**
     * The percentage for display, to 2 decimals, rounded down so that a share below a threshold is never
     * shown as reaching it (9.999 % shows as 9.99 %).
     */
    public BigDecimal percent() {
        return security.multiply(HUNDRED).divide(total, 2, RoundingMode.DOWN);
    }
}
