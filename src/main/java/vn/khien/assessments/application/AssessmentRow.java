package vn.khien.assessments.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentScope;
import vn.khien.assessments.AssessmentStatus;

/**
 * An assessment in a list (and in the API's list and detail answers), with the coordinator's recorded
 * exceptions to the independence and qualification rules (null when none).
 */
public record AssessmentRow(
        UUID id,
        String agencyCode,
        List<String> systemCodes,
        AssessmentKind kind,
        AssessmentScope scope,
        boolean periodic,
        String assessorCode,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate completedOn,
        AssessmentStatus status,
        String independenceException,
        String qualificationException) {}
