package vn.khien.shared.spreadsheet;

import vn.khien.shared.InvalidInputException;
import vn.khien.shared.files.CappedInputStream;

/**
 * Why a whole uploaded file is refused: always a 400 on the form's {@code file} field with a message
 * the user can act on, never a stack trace or a 500.
 */
final class SheetFileProblems {

    static final String FIELD = "file";

    private SheetFileProblems() {}

    static InvalidInputException notSpreadsheet() {
        return problem("spreadsheet.problem.file-not-spreadsheet");
    }

    static InvalidInputException empty() {
        return problem("spreadsheet.problem.file-empty");
    }

    static InvalidInputException corrupted() {
        return problem("spreadsheet.problem.file-corrupted");
    }

    static InvalidInputException encrypted() {
        return problem("spreadsheet.problem.file-encrypted");
    }

    static InvalidInputException oldExcel() {
        return problem("spreadsheet.problem.file-old-excel");
    }

    static InvalidInputException suspicious() {
        return problem("spreadsheet.problem.file-suspicious");
    }

    static InvalidInputException notUtf8() {
        return problem("spreadsheet.problem.csv-not-utf8");
    }

    static InvalidInputException tooLarge(long maxBytes) {
        return problem("spreadsheet.problem.file-too-large", maxBytes / (1024 * 1024));
    }

    static InvalidInputException tooManyRows(int maxRows) {
        return problem("spreadsheet.problem.too-many-rows", maxRows);
    }

    static InvalidInputException noKnownColumns() {
        return problem("spreadsheet.problem.no-known-columns");
    }

    /** Maps what POI throws for a broken package: zip bombs and oversized parts apart from plain damage. */
    static InvalidInputException classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CappedInputStream.LimitExceeded
                    || String.valueOf(t.getMessage()).toLowerCase().contains("zip bomb")
                    || String.valueOf(t.getMessage()).contains("exceed")) {
                return suspicious();
            }
        }
        return corrupted();
    }

    private static InvalidInputException problem(String key, Object... args) {
        return new InvalidInputException(FIELD, key, args);
    }
}
