package vn.khien.scoring.domain;

import java.util.HashMap;
import java.util.Map;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.AnswerType;
import vn.khien.scoring.Formula;
import vn.khien.scoring.ScoringMethod;

/**
 * A fixed choice typed in a spreadsheet, as its label or its constant's name, turned into the name the
 * draft takes; anything else is passed on as typed, for the draft's check to name it.
 */
final class ChoiceWords {

    private final Map<String, String> kinds = new HashMap<>();
    private final Map<String, String> methods = new HashMap<>();
    private final Map<String, String> formulas = new HashMap<>();
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> nothing = new HashMap<>();

    ChoiceWords(SheetWords words) {
        add(kinds, words, AgencyKind.values());
        add(methods, words, ScoringMethod.values());
        add(formulas, words, Formula.values());
        add(answers, words, AnswerType.values());
        nothing.put(SheetWords.fold(words.text(CriteriaSetSheetWriter.nothingKey(true))), "FULL");
        nothing.put(SheetWords.fold(words.text(CriteriaSetSheetWriter.nothingKey(false))), "ZERO");
        nothing.put("full", "FULL");
        nothing.put("zero", "ZERO");
    }

    private static void add(Map<String, String> lookup, SheetWords words, Enum<?>[] values) {
        for (Enum<?> value : values) {
            lookup.put(SheetWords.fold(value.name()), value.name());
            lookup.put(SheetWords.fold(words.label(value)), value.name());
        }
    }

    String kind(String typed) {
        return choose(kinds, typed);
    }

    String method(String typed) {
        return choose(methods, typed);
    }

    String formula(String typed) {
        return choose(formulas, typed);
    }

    String answerType(String typed) {
        return choose(answers, typed);
    }

    String nothing(String typed) {
        return choose(nothing, typed);
    }

    private static String choose(Map<String, String> lookup, String typed) {
        return typed == null ? null : lookup.getOrDefault(SheetWords.fold(typed), typed.strip());
    }
}
