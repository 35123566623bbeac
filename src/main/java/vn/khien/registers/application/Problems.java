package vn.khien.registers.application;

import java.util.ArrayList;
import java.util.List;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;

/** Collects every field problem of one input so the user sees them all at once, then refuses. */
final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    Problems require(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "registers.field.required");
        }
        return this;
    }

    Problems maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "registers.field.too-long", max);
        }
        return this;
    }

    Problems add(String field, String key, Object... arguments) {
        problems.add(new FieldProblem(field, key, List.of(arguments)));
        return this;
    }

    /** Runs a check that throws its own field problem, keeping the problem instead. */
    Problems check(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        return this;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
