package vn.khien.assessments.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentScope;

/**
 * What planning an assessment needs; {@code requestedBy} is required for an ad hoc one; no {@code scope}
 * means the listed systems.
 */
public record NewAssessment(
        List<String> systemCodes,
        String assessorCode,
        AssessmentKind kind,
        AssessmentScope scope,
        boolean periodic,
        String requestedBy,
        String team,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        UUID planId) {}
