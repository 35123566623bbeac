package vn.khien.shared.spreadsheet;

/**
 * A cell as found in the file, before the layout gives it a meaning: CSV cells are all TEXT; XLSX
 * cells keep their stored type so a number never goes through a locale's formatting.
 *
 * @param value text as typed, a number in plain notation, the Excel serial of a date, or TRUE/FALSE
 */
record RawCell(String value, Type type) {

    enum Type {
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN
    }

    static RawCell text(String value) {
        return new RawCell(value, Type.TEXT);
    }

    boolean blank() {
        return value == null || value.isBlank();
    }
}
