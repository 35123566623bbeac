package vn.khien.systems;

import java.util.List;

/** What an import did, or why it did nothing: problems by row (0-based), field and message key. */
public record ImportResult(int created, int updated, List<RowProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }

    public record RowProblem(int row, String field, String messageKey, List<Object> arguments) {}
}
