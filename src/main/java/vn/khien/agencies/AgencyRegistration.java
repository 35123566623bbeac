package vn.khien.agencies;

import java.time.LocalDate;

/**
 * Registers agencies and records their mergers and dissolutions, one at a time and checked like the
 * registry form (coordinator only); for another system that keeps the registry, or a province's set-up.
 */
public interface AgencyRegistration {

    AgencySummary register(String code, AgencyData data);

    /** A merger names the successor; {@code on} empty means today. */
    AgencySummary changeStatus(String code, AgencyStatus status, String successorCode, LocalDate on);
}
