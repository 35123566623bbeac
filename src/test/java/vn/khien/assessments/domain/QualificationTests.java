package vn.khien.assessments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AssessorCredentials;
import vn.khien.agencies.LicenceKind;
import vn.khien.agencies.MandateKind;
import vn.khien.shared.InvalidInputException;

/** Decree 85/2016 Art. 20.2.c, last indent: who may assess a level 3+ system, on every day of the work. */
class QualificationTests {

    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 10);

    static AssessorCredentials licensed(LicenceKind kind, LocalDate from, LocalDate until) {
        return new AssessorCredentials(
                "DG.X",
                AgencyKind.ASSESSMENT_ORGANISATION,
                "45/GP",
                kind,
                "Bộ TT&TT",
                from,
                until,
                null,
                null,
                null,
                null);
    }

    static AssessorCredentials mandated(AgencyKind agencyKind, MandateKind kind, LocalDate from, LocalDate until) {
        return new AssessorCredentials(
                "DV.X", agencyKind, null, null, null, null, null, kind, "12/QĐ-UBND", from, until);
    }

    static Optional<String> refusal(AssessorCredentials credentials) {
        return Qualification.problem(Optional.ofNullable(credentials), FIRST, LAST)
                .map(e -> e.problems().get(0).messageKey());
    }

    @Test
    void aLicenceOfTheAssessmentKindValidThroughTheLastDayQualifies() {
        assertThat(refusal(licensed(LicenceKind.SECURITY_ASSESSMENT, FIRST, LAST)))
                .isEmpty();
    }

    @Test
    void aLicenceExpiringTheDayBeforeTheLastDayDoesNotQualify() {
        assertThat(refusal(licensed(LicenceKind.SECURITY_ASSESSMENT, FIRST, LAST.minusDays(1))))
                .contains("assessments.error.unqualified.licence-period");
    }

    @Test
    void aLicenceStartingTheDayAfterTheFirstDayDoesNotQualifyButOneStartingThatDayDoes() {
        assertThat(refusal(licensed(LicenceKind.SECURITY_ASSESSMENT, FIRST.plusDays(1), LAST.plusYears(1))))
                .contains("assessments.error.unqualified.licence-period");
        assertThat(refusal(licensed(LicenceKind.SECURITY_ASSESSMENT, FIRST, LAST.plusYears(1))))
                .isEmpty();
    }

    @Test
    void aLicenceForAnotherServiceDoesNotQualify() {
        assertThat(refusal(licensed(LicenceKind.MONITORING, FIRST.minusYears(1), LAST.plusYears(1))))
                .contains("assessments.error.unqualified.licence-kind");
    }

    @Test
    void aLicenceWithoutKindOrDatesDoesNotQualify() {
        assertThat(refusal(licensed(null, FIRST.minusYears(1), LAST.plusYears(1))))
                .contains("assessments.error.unqualified.licence-kind");
        assertThat(refusal(licensed(LicenceKind.SECURITY_ASSESSMENT, null, LAST.plusYears(1))))
                .contains("assessments.error.unqualified.licence-period");
    }

    @Test
    void noLicenceAndNoMandateOrAnUnknownOrganisationDoesNotQualify() {
        var nothing = new AssessorCredentials(
                "VT.X", AgencyKind.TELECOM_OPERATOR, null, null, null, null, null, null, null, null, null);
        assertThat(refusal(nothing)).contains("assessments.error.unqualified.none");
        assertThat(refusal(null)).contains("assessments.error.unqualified.none");
    }

    @Test
    void aPublicServiceUnitWithTheFunctionQualifiesWithoutALicence() {
        assertThat(refusal(mandated(AgencyKind.PUBLIC_SERVICE_UNIT, MandateKind.PUBLIC_SERVICE_FUNCTION, null, null)))
                .isEmpty();
    }

    @Test
    void aDesignatedOrganisationQualifiesWhileItsDesignationCoversTheDays() {
        assertThat(refusal(mandated(AgencyKind.SERVICE_PROVIDER, MandateKind.DESIGNATED, FIRST, LAST)))
                .isEmpty();
        assertThat(refusal(mandated(AgencyKind.SERVICE_PROVIDER, MandateKind.DESIGNATED, FIRST, LAST.minusDays(1))))
                .contains("assessments.error.unqualified.mandate-period");
    }

    @Test
    void theRefusalNamesTheDaysAndTheLicenceValidityAsShownToUsers() {
        InvalidInputException refusal = Qualification.problem(
                        Optional.of(licensed(LicenceKind.SECURITY_ASSESSMENT, FIRST, LAST.minusDays(1))), FIRST, LAST)
                .orElseThrow();
        assertThat(refusal.problems().get(0).field()).isEqualTo("assessorCode");
        assertThat(refusal.problems().get(0).arguments())
                .containsExactly("01/12/2026", "10/12/2026", "01/12/2026", "09/12/2026");
    }

    @Test
    void onlyAnAssessmentWithALevelThreeOrHigherSystemInScopeNeedsAQualifiedAssessor() {
        assertThat(Qualification.required(List.of(new ScopeSystem("S1", "H57.02", 2))))
                .isFalse();
        assertThat(Qualification.required(List.of(new ScopeSystem("S1", "H57.02", null))))
                .isFalse();
        assertThat(Qualification.required(
                        List.of(new ScopeSystem("S1", "H57.02", 1), new ScopeSystem("S2", "H57.02", 3))))
                .isTrue();
        assertThat(Qualification.required(List.of(new ScopeSystem("S1", "H57.02", 5))))
                .isTrue();
    }
}
