package vn.khien.assessments.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentScope;
import vn.khien.assessments.application.NewAssessment;

/** The new-assessment form; systems as codes separated by commas or spaces. */
record AssessmentForm(
        String systemCodes,
        String assessorCode,
        AssessmentKind kind,
        AssessmentScope scope,
        Boolean periodic,
        String requestedBy,
        String team,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd) {

    static AssessmentForm empty(String systemCode) {
        return new AssessmentForm(
                systemCode,
                null,
                AssessmentKind.COMPLIANCE_CHECK,
                AssessmentScope.SYSTEMS,
                true,
                null,
                null,
                null,
                null);
    }

    NewAssessment toRequest() {
        List<String> codes = systemCodes == null
                ? List.of()
                : Arrays.stream(systemCodes.split("[,;\\s]+"))
                        .filter(c -> !c.isBlank())
                        .toList();
        return new NewAssessment(
                codes,
                assessorCode,
                kind,
                scope,
                Boolean.TRUE.equals(periodic),
                requestedBy,
                team,
                plannedStart,
                plannedEnd,
                null);
    }
}
