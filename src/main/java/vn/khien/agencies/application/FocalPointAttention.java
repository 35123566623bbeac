package vn.khien.agencies.application;

import java.time.LocalDate;
import vn.khien.agencies.FocalPointRole;

/** An agency whose focal point in a role is missing or has not been re-confirmed in time. */
public record FocalPointAttention(
        String agencyCode,
        String agencyName,
        FocalPointRole role,
        String personName,
        LocalDate confirmedOn,
        Problem problem) {

    public enum Problem {
        MISSING,
        STALE
    }
}
