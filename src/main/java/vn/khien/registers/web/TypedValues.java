package vn.khien.registers.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;

/**
 * Dates and years as typed in a form, read by the form itself: a value that does not read becomes a
 * message next to its field (binding it would leave the page without the rest of what was typed).
 */
final class TypedValues {

    private TypedValues() {}

    /** An ISO date as the browser's date input sends it; blank is null. */
    static LocalDate date(List<FieldProblem> problems, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return vn.khien.shared.web.InputDates.isoOrVietnamese(typed);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "registers.date.format", List.of()));
            return null;
        }
    }

    /** A form's only typed date: read, or refused at once with its message. */
    static LocalDate date(String field, String typed) {
        var problems = new ArrayList<FieldProblem>();
        LocalDate date = date(problems, field, typed);
        refuseIfAny(problems);
        return date;
    }

    static Integer year(List<FieldProblem> problems, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!typed.strip().matches("\\d{4}")) {
            problems.add(new FieldProblem(field, "registers.it-plan.year-range", List.of()));
            return null;
        }
        return Integer.valueOf(typed.strip());
    }

    static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
