package vn.khien.assessments.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.khien.assessments.AssessmentKind;

/** What planning an assessment needs; {@code requestedBy} is required for an ad hoc one. */
public record NewAssessment(
        List<String> systemCodes,
        String assessorCode,
        AssessmentKind kind,
        boolean periodic,
        String requestedBy,
        String team,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        UUID planId) {}
