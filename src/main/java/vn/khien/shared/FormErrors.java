package vn.khien.shared;

import org.springframework.validation.BindingResult;

/** Puts the application's own input problems back onto the form, next to their fields. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult errors, InvalidInputException e) {
        e.problems().forEach(p -> {
            Object[] args = p.arguments().toArray();
            if (p.field() == null) {
                errors.reject(p.messageKey(), args, null);
            } else {
                errors.rejectValue(p.field(), p.messageKey(), args, null);
            }
        });
    }

    public static void reject(BindingResult errors, ConflictException e) {
        if (e.field() == null) {
            errors.reject(e.messageKey());
        } else {
            errors.rejectValue(e.field(), e.messageKey());
        }
    }

    /** For a multi-catch of both refusals: the one that was thrown goes onto the form. */
    public static void reject(BindingResult errors, RuntimeException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            reject(errors, invalid);
        } else if (refusal instanceof ConflictException conflict) {
            reject(errors, conflict);
        } else {
            throw refusal;
        }
    }
}
