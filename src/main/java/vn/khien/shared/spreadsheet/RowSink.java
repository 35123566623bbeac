package vn.khien.shared.spreadsheet;

import java.util.List;

/** Receives the rows of a file one by one, so a file is never held whole in memory while read. */
interface RowSink {

    /**
     * @param rowNumber the spreadsheet's 1-based row number
     * @param cells cells by 0-based column index, null where a column is empty
     */
    void accept(int rowNumber, List<RawCell> cells);
}
