package vn.khien.assessments.application;

import vn.khien.shared.InvalidInputException;

/** Free-text checks shared by the assessment services: required, trimmed, bounded. */
final class Texts {

    private Texts() {}

    static String required(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "assessments.error.required");
        }
        return optional(field, text, max);
    }

    static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new InvalidInputException(field, "assessments.error.too-long", max);
        }
        return text.strip();
    }
}
