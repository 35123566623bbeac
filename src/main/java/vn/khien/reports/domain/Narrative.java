package vn.khien.reports.domain;

import java.util.ArrayList;
import java.util.List;
import vn.khien.shared.InvalidInputException;

/**
 * The sections the agency writes itself: its assessment of the situation, the difficulties met, and its
 * proposals. Blank sections stay empty; each is at most {@value #MAX_LENGTH} characters.
 */
public record Narrative(String situation, String difficulties, String proposals) {

    public static final int MAX_LENGTH = 20_000;
    public static final Narrative EMPTY = new Narrative(null, null, null);

    public Narrative {
        situation = clean(situation);
        difficulties = clean(difficulties);
        proposals = clean(proposals);
    }

    /** @throws InvalidInputException naming every section that is too long */
    public Narrative checked() {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        tooLong(problems, "situation", situation);
        tooLong(problems, "difficulties", difficulties);
        tooLong(problems, "proposals", proposals);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return this;
    }

    private static void tooLong(List<InvalidInputException.FieldProblem> problems, String field, String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            problems.add(
                    new InvalidInputException.FieldProblem(field, "reports.narrative.too-long", List.of(MAX_LENGTH)));
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.replace("\r\n", "\n").strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
