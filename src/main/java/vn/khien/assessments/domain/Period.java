package vn.khien.assessments.domain;

import java.time.LocalDate;
import vn.khien.shared.InvalidInputException;

/** The planned days of an assessment, both inclusive. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        if (start == null) {
            throw new InvalidInputException("plannedStart", "assessments.error.date-required");
        }
        if (end == null) {
            throw new InvalidInputException("plannedEnd", "assessments.error.date-required");
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("plannedEnd", "assessments.error.end-before-start");
        }
    }
}
