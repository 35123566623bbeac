package vn.khien.scoring.domain;

import java.util.List;

/** A draft set that cannot be stored, with every problem found (each naming its field). */
public class InvalidDraftException extends CriteriaSetFormatException {

    private final transient List<DraftProblem> problems;

    public InvalidDraftException(List<DraftProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<DraftProblem> problems() {
        return problems;
    }
}
