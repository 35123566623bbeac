package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Reads the text fields of a draft, recording a problem (and answering null) for what does not read. */
final class DraftText {

    private final List<DraftProblem> problems;

    DraftText(List<DraftProblem> problems) {
        this.problems = problems;
    }

    void problem(String path, String messageKey, Object... arguments) {
        problems.add(DraftProblem.of(path, messageKey, arguments));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A code: 1 to 40 characters, no line breaks. */
    String code(String path, String value) {
        if (blank(value)) {
            problem(path, "scoring.edit.required");
            return null;
        }
        String code = value.strip();
        if (code.length() > 40 || !storable(code)) {
            problem(path, "scoring.edit.code-format");
            return null;
        }
        return code;
    }

    String text(String path, String value, int max) {
        if (blank(value)) {
            problem(path, "scoring.edit.required");
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problem(path, "scoring.edit.too-long", max);
            return null;
        }
        if (!storable(text)) {
            problem(path, "scoring.edit.characters");
            return null;
        }
        return text;
    }

    String optional(String path, String value, int max) {
        return blank(value) ? null : text(path, value, max);
    }

    /** Both languages; a problem on {@code pathVi}/{@code pathEn} for each missing one. */
    LocalizedText localized(String path, String vi, String en, int max) {
        String v = text(path + "Vi", vi, max);
        String e = text(path + "En", en, max);
        return v == null || e == null ? null : new LocalizedText(v, e);
    }

    /** No control characters or code points that the stored YAML cannot carry. */
    static boolean storable(String text) {
        return text.codePoints()
                .allMatch(cp -> !Character.isISOControl(cp)
                        && Character.isDefined(cp)
                        && Character.getType(cp) != Character.SURROGATE
                        && cp != 0xFFFE
                        && cp != 0xFFFF);
    }

    Integer whole(String path, String value, int min, int max) {
        if (blank(value)) {
            problem(path, "scoring.edit.required");
            return null;
        }
        String s = value.strip();
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2); // a spreadsheet's number cell
        }
        if (!s.matches("\\d{1,9}") || Integer.parseInt(s) < min || Integer.parseInt(s) > max) {
            problem(path, "scoring.edit.whole-range", min, max);
            return null;
        }
        return Integer.valueOf(s);
    }

    /** Points: a number with at most two decimals (comma or dot), above 0 or, when allowed, 0. */
    BigDecimal points(String path, String value, boolean zeroAllowed) {
        BigDecimal number = number(path, value);
        if (number == null) {
            return null;
        }
        if (number.signum() < 0 || (!zeroAllowed && number.signum() == 0)) {
            problem(path, zeroAllowed ? "scoring.edit.not-negative" : "scoring.edit.above-zero");
            return null;
        }
        if (number.stripTrailingZeros().scale() > 2 || number.compareTo(SetDrafts.MAX_TOTAL) > 0) {
            problem(path, "scoring.edit.points-format", SetDrafts.MAX_TOTAL);
            return null;
        }
        return number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros();
    }

    BigDecimal number(String path, String value) {
        if (blank(value)) {
            problem(path, "scoring.edit.required");
            return null;
        }
        String s = value.strip().replace(',', '.');
        if (!s.matches("-?\\d{1,9}(\\.\\d{1,9})?")) {
            problem(path, "scoring.edit.number");
            return null;
        }
        return new BigDecimal(s);
    }

    <E extends Enum<E>> E constant(String path, Class<E> type, String value) {
        if (blank(value)) {
            problem(path, "scoring.edit.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(path, "scoring.edit.unknown-value", value.strip());
            return null;
        }
    }
}
