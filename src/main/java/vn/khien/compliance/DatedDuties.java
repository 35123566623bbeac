package vn.khien.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Dated duties another module owns that compliance shows beside the obligations, in the deadline
 * calendar, its feed and the daily digest: a scoring campaign's closing date for each agency it
 * evaluates. A port: the owning module implements it, so compliance never depends on that module
 * (which may depend on compliance, as scoring does).
 */
public interface DatedDuties {

    /**
     * The duties due between two days (inclusive), of the given agencies ({@code null}: every agency),
     * as they stand on {@code today}; due soon within {@code dueSoonDays}.
     */
    List<DatedDuty> between(
            LocalDate from, LocalDate to, Collection<String> agencyCodes, LocalDate today, int dueSoonDays);
}
