package vn.khien.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import vn.khien.shared.ProvinceZone;

/**
 * Writes Java values as typed cells: numbers as numbers, dates as real dates shown dd/MM/yyyy, yes/no
 * and enum values as their Vietnamese labels, and text always as text (never a formula).
 */
final class CellWriter {

    private final SheetStyles styles;
    private final SheetLabels labels;
    private final List<Map<String, String>> choiceLabels;
    private final boolean decimalsAsWritten;

    /** @param choiceLabels per column position: value → Vietnamese label (empty map for free columns) */
    CellWriter(SheetStyles styles, SheetLabels labels, List<Map<String, String>> choiceLabels) {
        this(styles, labels, choiceLabels, false);
    }

    /**
     * @param choiceLabels per column position: value → Vietnamese label (empty map for free columns)
     * @param decimalsAsWritten whether a decimal is shown with as many decimals as it has (80.50)
     */
    CellWriter(
            SheetStyles styles, SheetLabels labels, List<Map<String, String>> choiceLabels, boolean decimalsAsWritten) {
        this.styles = styles;
        this.labels = labels;
        this.choiceLabels = choiceLabels;
        this.decimalsAsWritten = decimalsAsWritten;
    }

    CellWriter withChoices(List<Map<String, String>> choices) {
        return new CellWriter(styles, labels, choices, decimalsAsWritten);
    }

    SheetStyles styles() {
        return styles;
    }

    void write(Cell cell, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof CharSequence s) {
            text(cell, s.toString());
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            if (decimalsAsWritten && d.scale() > 0) {
                cell.setCellStyle(styles.decimal(d.scale()));
            }
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            date(cell, d);
        } else if (value instanceof LocalDateTime t) {
            dateTime(cell, t);
        } else if (value instanceof Instant i) {
            dateTime(cell, LocalDateTime.ofInstant(i, ProvinceZone.get()));
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? labels.yes() : labels.no());
        } else if (value instanceof Enum<?> e) {
            choice(cell, column, e.name());
        } else {
            text(cell, value.toString());
        }
    }

    void text(Cell cell, String text) {
        cell.setCellValue(text);
        if (SheetText.looksLikeFormula(text)) {
            cell.setCellStyle(styles.quotedText);
        }
    }

    /** A fixed-choice value shown as its Vietnamese label. */
    void choice(Cell cell, int column, String value) {
        cell.setCellValue(label(column, value));
    }

    void date(Cell cell, LocalDate date) {
        cell.setCellValue(date);
        cell.setCellStyle(styles.date);
    }

    private void dateTime(Cell cell, LocalDateTime time) {
        cell.setCellValue(time);
        cell.setCellStyle(styles.dateTime);
    }

    private String label(int column, String value) {
        if (column < choiceLabels.size()) {
            return choiceLabels.get(column).getOrDefault(value, value);
        }
        return value;
    }
}
