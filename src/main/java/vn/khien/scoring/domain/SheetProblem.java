package vn.khien.scoring.domain;

import java.util.List;

/**
 * One thing wrong with an uploaded set spreadsheet: the sheet and cell (such as {@code D7}) it is in,
 * when known, and a message key with its arguments.
 */
public record SheetProblem(String sheet, String cell, String messageKey, List<Object> arguments) {

    public SheetProblem {
        arguments = List.copyOf(arguments);
    }
}
