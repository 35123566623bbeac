package vn.khien.shared;

import java.util.function.Supplier;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts the application's own input problems back onto the form: next to their field when the form
 * has that field, otherwise at the top (a service names fields of its own input, e.g. a summed
 * budget, that a form may lack; rejecting an unknown field would fail the whole page).
 */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult errors, InvalidInputException e) {
        e.problems()
                .forEach(p ->
                        place(errors, p.field(), p.messageKey(), p.arguments().toArray()));
    }

    public static void reject(BindingResult errors, ConflictException e) {
        place(errors, e.field(), e.messageKey(), e.arguments().toArray());
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

    /**
     * A posted form: when it bound cleanly, {@code save} runs and answers where to go (a redirect);
     * when binding or the service refuses it, the refusal goes onto the form and {@code reshow} shows
     * the same form again with what the user typed. Nothing is saved on a refusal.
     */
    public static String submit(BindingResult errors, Supplier<String> save, Supplier<String> reshow) {
        if (!errors.hasErrors()) {
            try {
                return save.get();
            } catch (InvalidInputException | ConflictException e) {
                reject(errors, e);
            }
        }
        return reshow.get();
    }

    private static void place(BindingResult errors, String field, String messageKey, Object[] args) {
        Object form = errors.getTarget();
        if (field != null && form != null && new BeanWrapperImpl(form).isReadableProperty(field)) {
            errors.rejectValue(field, messageKey, args, null);
        } else {
            errors.reject(messageKey, args, null);
        }
    }
}
