package vn.khien.shared.web;

import java.util.List;

/**
 * One choice offered by a type-ahead picker (static/js/picker.js): the value the form sends (a code),
 * the label a person reads (a name) and a hint beside it (the code, a kind). Pickers answer at most
 * {@link #LIMIT} choices, so that their lists stay short whatever the size of the province.
 */
public record PickerOption(String value, String label, String hint) {

    public static final int LIMIT = 20;

    /** A search needs at least one character; an empty text offers nothing rather than everything. */
    public static boolean searchable(String text) {
        return text != null && !text.isBlank() && text.length() <= 200;
    }

    public static List<PickerOption> none() {
        return List.of();
    }
}
