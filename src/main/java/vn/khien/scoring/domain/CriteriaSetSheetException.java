package vn.khien.scoring.domain;

import java.util.List;

/** A set spreadsheet that cannot be read or describes no valid set, with every problem by cell. */
public class CriteriaSetSheetException extends CriteriaSetFormatException {

    private final transient List<SheetProblem> problems;

    public CriteriaSetSheetException(List<SheetProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    static CriteriaSetSheetException of(String messageKey, Object... arguments) {
        return new CriteriaSetSheetException(List.of(new SheetProblem(null, null, messageKey, List.of(arguments))));
    }

    public List<SheetProblem> problems() {
        return problems;
    }
}
