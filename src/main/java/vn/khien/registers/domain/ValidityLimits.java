package vn.khien.registers.domain;

import java.time.LocalDate;
import vn.khien.shared.InvalidInputException;

/**
 * Decree 68/2024: a new specialised certificate is valid up to {@code newYears} (5), a renewal up to
 * {@code renewalYears} (3). The numbers are configuration because the regime changes.
 */
public record ValidityLimits(int newYears, int renewalYears) {

    void check(LocalDate from, LocalDate to, boolean renewal) {
        if (from == null || to == null) {
            throw new InvalidInputException(
                    from == null ? "validFrom" : "validTo", "registers.credential.validity-required");
        }
        if (!to.isAfter(from)) {
            throw new InvalidInputException("validTo", "registers.credential.validity-order");
        }
        int years = renewal ? renewalYears : newYears;
        if (to.isAfter(from.plusYears(years))) {
            throw new InvalidInputException(
                    "validTo",
                    renewal ? "registers.credential.renewal-too-long" : "registers.credential.new-too-long",
                    years);
        }
    }
}
