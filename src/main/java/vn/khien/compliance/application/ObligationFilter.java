package vn.khien.compliance.application;

import java.time.LocalDate;
import vn.khien.compliance.ObligationStatus;

/** What a list of obligations is narrowed to; {@code asOf} null means the day last evaluated (today). */
public record ObligationFilter(String agency, String system, String rule, ObligationStatus status, LocalDate asOf) {

    public static ObligationFilter none() {
        return new ObligationFilter(null, null, null, null, null);
    }
}
