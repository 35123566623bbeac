package vn.khien.scoring.domain;

import java.util.List;

/**
 * The three sheets of a set's spreadsheet: general information (one row a field), criteria (one row a
 * criterion, its group's code and titles on every row) and grades (highest first). Column keys name
 * the message of each header ({@code scoring.sheet.column.<key>}) and the draft's field.
 */
final class SetSheetLayout {

    static final String META = "scoring.sheet.name.meta";
    static final String CRITERIA = "scoring.sheet.name.criteria";
    static final String GRADES = "scoring.sheet.name.grades";

    static final List<String> META_ROWS =
            List.of("code", "version", "titleVi", "titleEn", "yearFrom", "yearTo", "kinds");
    static final List<String> CRITERIA_COLUMNS = List.of(
            "groupCode",
            "groupTitleVi",
            "groupTitleEn",
            "code",
            "titleVi",
            "titleEn",
            "maxPoints",
            "method",
            "formula",
            "ifNothingToCount",
            "answerType",
            "levels",
            "target",
            "unitVi",
            "unitEn",
            "basis",
            // last, so that a file written before the column existed still reads
            "rules");
    static final List<String> GRADE_COLUMNS = List.of("code", "titleVi", "titleEn", "minPoints");

    /** More would be no set a person could read; a bigger file is refused before it is looked at. */
    static final int MAX_ROWS = 1000;

    private SetSheetLayout() {}

    static String header(String key) {
        return "scoring.sheet.column." + key;
    }

    /** The spreadsheet's name of a column: A, B, … P. */
    static String column(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
