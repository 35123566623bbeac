package vn.khien.compliance;

import java.time.LocalDate;

/** Who held an authority role from one day to another (open-ended when {@code validTo} is null). */
public record AuthorityHolder(
        long id,
        AuthorityRole role,
        String organisationCode,
        String organisationName,
        LocalDate validFrom,
        LocalDate validTo,
        String note) {}
