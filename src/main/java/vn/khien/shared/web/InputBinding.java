package vn.khien.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How request parameters, form fields and path variables are bound. Text with a NUL character (U+0000,
 * {@code %00}) is refused, not cleaned: PostgreSQL cannot store NUL in text, no person types it, and
 * silently dropping it would store something other than what was sent. A NUL becomes a type mismatch
 * on its field (400 naming it, or the form re-shown with its message); JSON bodies get the same rule
 * from {@link StrictJsonInput}. Dates are read here too, by {@link InputDates}.
 */
@ControllerAdvice
class InputBinding {

    static boolean contain(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    @InitBinder
    void refuseNul(WebDataBinder binder, HttpServletRequest request) {
        binder.registerCustomEditor(String.class, new NulRefusingEditor());
        // the same one place decides how a date may be written in a parameter or form field; the API
        // promises ISO-8601 only (docs/api.md), people typing into pages may write dd/MM/yyyy
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        binder.registerCustomEditor(LocalDate.class, new DateEditor(api));
    }

    /** {@link InputDates#iso} for the API, {@link InputDates#isoOrVietnamese} for pages: a bad date is a type mismatch on its field. */
    static final class DateEditor extends PropertyEditorSupport {

        private final boolean isoOnly;

        DateEditor(boolean isoOnly) {
            this.isoOnly = isoOnly;
        }

        @Override
        public void setAsText(String text) {
            try {
                setValue(isoOnly ? InputDates.iso(text) : InputDates.isoOrVietnamese(text));
            } catch (DateTimeParseException e) {
                // only an IllegalArgumentException becomes a type mismatch on the field (a 400)
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : InputDates.ISO.format((LocalDate) getValue());
        }
    }

    /** A String as sent, unless it holds a NUL. */
    static final class NulRefusingEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (contain(text)) {
                throw new NulCharacterRefused();
            }
            setValue(text);
        }
    }

    /** Tells the API's error answer that the mismatch was a NUL, so the message can say so. */
    static final class NulCharacterRefused extends IllegalArgumentException {
        NulCharacterRefused() {
            super("text contains a NUL character (U+0000)", null);
        }
    }
}
