package vn.khien.compliance.application;

import java.time.LocalDate;
import vn.khien.agencies.AgencyKind;
import vn.khien.compliance.ObligationStatus;

/**
 * What a list of obligations is narrowed to; {@code asOf} null means the day last evaluated (today),
 * {@code agencyKind} null means agencies of every kind.
 */
public record ObligationFilter(
        String agency, String system, String rule, ObligationStatus status, LocalDate asOf, AgencyKind agencyKind) {

    public static ObligationFilter none() {
        return new ObligationFilter(null, null, null, null, null, null);
    }

    /** Obligations in one status, across the viewer's scope. */
    public static ObligationFilter inStatus(ObligationStatus status) {
        return new ObligationFilter(null, null, null, status, null, null);
    }
}
