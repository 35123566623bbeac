package vn.khien.agencies;

import java.time.LocalDate;

/**
 * What the registry records about an organisation's standing to assess (its licence and any mandate),
 * for modules that check it. Facts only: the assessments module decides what suffices. Dates are
 * inclusive; a missing mandate date means no limit on that side, a missing licence date means the
 * licence's validity is unknown.
 */
public record AssessorCredentials(
        String code,
        AgencyKind kind,
        String licenceNumber,
        LicenceKind licenceKind,
        String licenceIssuer,
        LocalDate licenceValidFrom,
        LocalDate licenceValidUntil,
        MandateKind mandateKind,
        String mandateReference,
        LocalDate mandateValidFrom,
        LocalDate mandateValidUntil) {

    public boolean hasLicence() {
        return licenceNumber != null;
    }

    /** A licence of {@code wanted} kind valid on every day from {@code from} to {@code to}. */
    public boolean licenceCovers(LicenceKind wanted, LocalDate from, LocalDate to) {
        return hasLicence()
                && licenceKind == wanted
                && licenceValidFrom != null
                && licenceValidUntil != null
                && !licenceValidFrom.isAfter(from)
                && !licenceValidUntil.isBefore(to);
    }

    /** A mandate in force on every day from {@code from} to {@code to}. */
    public boolean mandateCovers(LocalDate from, LocalDate to) {
        return mandateKind != null
                && (mandateValidFrom == null || !mandateValidFrom.isAfter(from))
                && (mandateValidUntil == null || !mandateValidUntil.isBefore(to));
    }
}
