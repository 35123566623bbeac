package vn.khien.shared.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Texts of a layout resolved once per file: Vietnamese headers and labels (what the file shows), plus
 * the English ones, which the reader also accepts so a file exported in either language imports.
 */
final class SheetLabels {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Locale ENGLISH = Locale.ENGLISH;
    static final String YES = "spreadsheet.value.yes";
    static final String NO = "spreadsheet.value.no";

    private final MessageSource messages;

    SheetLabels(MessageSource messages) {
        this.messages = messages;
    }

    String vi(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }

    String in(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String header(SheetColumn column) {
        return vi(column.headerKey());
    }

    /** Every folded text that names this column in a header row. */
    List<String> headerAliases(SheetColumn column) {
        return List.of(
                SheetText.fold(header(column)),
                SheetText.fold(in(ENGLISH, column.headerKey())),
                SheetText.fold(column.key()));
    }

    /** Vietnamese label of each allowed value, by value, in the layout's order. */
    Map<String, String> choiceLabels(SheetColumn column) {
        Map<String, String> labels = new LinkedHashMap<>();
        column.choices().forEach(c -> labels.put(c.value(), vi(c.messageKey())));
        return labels;
    }

    /** Folded value name, Vietnamese label and English label → value. */
    Map<String, String> choiceLookup(SheetColumn column) {
        Map<String, String> lookup = new LinkedHashMap<>();
        for (SheetColumn.Choice c : column.choices()) {
            lookup.putIfAbsent(SheetText.fold(c.value()), c.value());
            lookup.putIfAbsent(SheetText.fold(c.value().replace('_', ' ')), c.value());
            lookup.putIfAbsent(SheetText.fold(vi(c.messageKey())), c.value());
            lookup.putIfAbsent(SheetText.fold(in(ENGLISH, c.messageKey())), c.value());
        }
        return lookup;
    }

    String yes() {
        return vi(YES);
    }

    String no() {
        return vi(NO);
    }
}
