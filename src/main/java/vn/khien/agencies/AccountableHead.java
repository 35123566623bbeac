package vn.khien.agencies;

import java.time.LocalDate;

/**
 * The head of an agency in office on a day, from the registry's dated terms. {@code termTo} is the day
 * the successor took over (null while in office).
 */
public record AccountableHead(
        String agencyCode, LocalDate day, String personName, String position, LocalDate termFrom, LocalDate termTo) {}
