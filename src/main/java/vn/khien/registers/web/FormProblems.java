package vn.khien.registers.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/**
 * Puts a refusal onto a form: next to its field when the form has that field, otherwise at the top
 * (the application names fields of its own input, e.g. the summed security budget, that a form may lack).
 */
final class FormProblems {

    private FormProblems() {}

    static void reject(BindingResult errors, RuntimeException refusal) {
        var form = new BeanWrapperImpl(errors.getTarget());
        if (refusal instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> {
                Object[] args = p.arguments().toArray();
                if (p.field() != null && form.isReadableProperty(p.field())) {
                    errors.rejectValue(p.field(), p.messageKey(), args, null);
                } else {
                    errors.reject(p.messageKey(), args, null);
                }
            });
        } else if (refusal instanceof ConflictException conflict) {
            if (conflict.field() != null && form.isReadableProperty(conflict.field())) {
                errors.rejectValue(conflict.field(), conflict.messageKey());
            } else {
                errors.reject(conflict.messageKey());
            }
        } else {
            throw refusal;
        }
    }
}
