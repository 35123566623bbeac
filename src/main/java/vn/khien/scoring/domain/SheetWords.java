package vn.khien.scoring.domain;

import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.ScoringMethod;
import vn.khien.shared.SearchText;

/**
 * The words of a set's spreadsheet (sheet names, headers, the labels of fixed choices) by message key,
 * in Vietnamese as provinces type them. Reading accepts a label or the constant's name, in any case and
 * with or without accents.
 */
@FunctionalInterface
public interface SheetWords {

    String text(String key);

    default String label(Enum<?> value) {
        return text(labelKey(value));
    }

    static String labelKey(Enum<?> value) {
        if (value instanceof AgencyKind) {
            return "agencies.kind." + value.name();
        }
        if (value instanceof ScoringMethod method) {
            return method == ScoringMethod.AUTOMATIC ? "scoring.method.automatic" : "scoring.method.self-assessed";
        }
        if (value instanceof vn.khien.scoring.AnswerType) {
            return "scoring.answer-type." + value.name();
        }
        return "scoring.formula.name." + value.name();
    }

    /** Lower case, no accents, single spaces, no final full stop: how typed words are compared. */
    static String fold(String text) {
        return SearchText.fold(text).replaceAll("\\.$", "");
    }
}
