package vn.khien.shared.spreadsheet;

import java.text.Normalizer;
import vn.khien.shared.SearchText;

/**
 * Text rules shared by reading and writing: Vietnamese typed on different systems arrives composed
 * (NFC) or decomposed (NFD), with or without accents, in any case; matching folds all of that.
 */
final class SheetText {

    /** Characters a spreadsheet program may take as the start of a formula (OWASP CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SheetText() {}

    /** A matching key: no accents (đ → d), lower case, single spaces, no required-marker asterisks. */
    static String fold(String text) {
        return SearchText.fold(text == null ? null : text.replace("*", " "));
    }

    /** Cell text as stored: composed Vietnamese without surrounding whitespace; null when blank. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * The CSV guard: a leading apostrophe makes spreadsheet programs show the text instead of running
     * it. Texts already starting with an apostrophe get one too, so reading can undo it exactly.
     */
    static String guardForCsv(String text) {
        return looksLikeFormula(text) || text.startsWith("'") ? "'" + text : text;
    }

    /** Undoes {@link #guardForCsv} on text read back from a CSV file. */
    static String unguardCsv(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'') {
            String rest = text.substring(1);
            if (looksLikeFormula(rest) || rest.startsWith("'")) {
                return rest;
            }
        }
        return text;
    }
}
