package vn.khien.incidents.web;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.khien.shared.ProvinceZone;

/**
 * An instant as a page's {@code datetime-local} field writes it ({@code 2026-05-02T08:30}, no offset),
 * read and shown as Vietnam time; the API sends the same instant with its offset instead. A text that
 * does not read is a type mismatch on its field, so the form is re-shown with its message.
 */
final class VietnamTimeEditor extends PropertyEditorSupport {

    private static final ZoneId VIETNAM = ProvinceZone.get();
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        try {
            setValue(LocalDateTime.parse(text.strip()).atZone(VIETNAM).toInstant());
        } catch (DateTimeParseException e) {
            // only an IllegalArgumentException becomes a type mismatch on the field
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public String getAsText() {
        return getValue() == null ? "" : FIELD.format(((Instant) getValue()).atZone(VIETNAM));
    }
}
