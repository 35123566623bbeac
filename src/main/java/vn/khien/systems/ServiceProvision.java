package vn.khien.systems;

import java.time.LocalDate;

/**
 * Who provides a security service to a system, and when ({@code to} null: open-ended). A null
 * {@code providerCode} means the owner does it in-house.
 */
public record ServiceProvision(
        String systemCode, ServiceKind service, String providerCode, LocalDate from, LocalDate to) {

    /** Whether the provision covers any day of the period from {@code start} to {@code end}, both inclusive. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !from.isAfter(end) && (to == null || !to.isBefore(start));
    }
}
