package vn.khien.agencies.application;

import java.time.LocalDate;
import vn.khien.agencies.FocalPointRole;

/** One term of a focal point, current or past; {@code stale} when re-confirmation is overdue. */
public record FocalPointView(
        FocalPointRole role,
        String unitName,
        String personName,
        String position,
        String phone,
        String email,
        String decisionNumber,
        LocalDate appointedOn,
        String deputyName,
        String deputyPhone,
        String deputyEmail,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate confirmedOn,
        boolean stale) {

    public boolean current() {
        return validTo == null;
    }
}
