package vn.khien.scoring.domain;

import static vn.khien.scoring.domain.SetSheetLayout.CRITERIA_COLUMNS;
import static vn.khien.scoring.domain.SetSheetLayout.GRADE_COLUMNS;
import static vn.khien.scoring.domain.SetSheetLayout.META_ROWS;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khien.scoring.SetDraft;
import vn.khien.scoring.SetDraft.CriterionDraft;
import vn.khien.scoring.SetDraft.GradeDraft;
import vn.khien.scoring.SetDraft.GroupDraft;

/**
 * Reads a whole set from its spreadsheet (as {@link CriteriaSetSheetWriter} writes it) through the same
 * checks as the edit form. Whatever the file holds, the answer is a set or a {@link
 * CriteriaSetSheetException} naming each problem's sheet and cell; nothing else is thrown.
 */
public final class CriteriaSetSheetReader {

    private final SheetWords words;
    private final ChoiceWords choices;
    /** Where each draft field was read from: {@code groups[0].criteria[1].maxPoints} → criteria sheet, G3. */
    private final Map<String, String[]> places = new HashMap<>();

    private CriteriaSetSheetReader(SheetWords words) {
        this.words = words;
        this.choices = new ChoiceWords(words);
    }

    public static CriteriaSet read(byte[] bytes, SheetWords words) {
        return new CriteriaSetSheetReader(words).readAll(bytes);
    }

    private CriteriaSet readAll(byte[] bytes) {
        SetDraft draft;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            draft = draft(workbook);
        } catch (CriteriaSetSheetException e) {
            throw e;
        } catch (Exception | StackOverflowError e) { // POI's many ways of saying "not a workbook"
            throw CriteriaSetSheetException.of("scoring.sheet.unreadable");
        }
        try {
            return SetDrafts.build(draft);
        } catch (InvalidDraftException e) {
            throw new CriteriaSetSheetException(
                    e.problems().stream().map(this::located).toList());
        }
    }

    private SheetProblem located(DraftProblem p) {
        String[] place = places.get(p.path());
        if (place == null) {
            String sheet = p.path().startsWith("grades")
                    ? SetSheetLayout.GRADES
                    : p.path().startsWith("groups") ? SetSheetLayout.CRITERIA : SetSheetLayout.META;
            place = new String[] {words.text(sheet), null};
        }
        return new SheetProblem(place[0], place[1], p.messageKey(), p.arguments());
    }

    private SetDraft draft(XSSFWorkbook workbook) {
        Sheet meta = sheet(workbook, SetSheetLayout.META, 0);
        Sheet criteria = sheet(workbook, SetSheetLayout.CRITERIA, 1);
        Sheet grades = sheet(workbook, SetSheetLayout.GRADES, 2);
        Map<String, String> values = new HashMap<>();
        for (int r = 0; r <= Math.min(meta.getLastRowNum(), 50); r++) {
            String field = field(SheetCells.text(meta, r, 0));
            if (field != null && !values.containsKey(field)) {
                values.put(field, SheetCells.text(meta, r, 1));
                places.put(field, new String[] {meta.getSheetName(), "B" + (r + 1)});
            }
        }
        List<String> kinds = new ArrayList<>();
        String typedKinds = values.get("kinds");
        for (String kind : typedKinds == null ? new String[0] : typedKinds.split("[;\\n]")) {
            if (!kind.isBlank()) {
                kinds.add(choices.kind(kind));
            }
        }
        return new SetDraft(
                values.get("code"),
                values.get("version"),
                values.get("titleVi"),
                values.get("titleEn"),
                values.get("yearFrom"),
                values.get("yearTo"),
                kinds,
                groups(criteria),
                grades(grades));
    }

    private Sheet sheet(XSSFWorkbook workbook, String nameKey, int position) {
        String wanted = SheetWords.fold(words.text(nameKey));
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (SheetWords.fold(workbook.getSheetName(i)).equals(wanted)) {
                return workbook.getSheetAt(i);
            }
        }
        if (workbook.getNumberOfSheets() > position) {
            return workbook.getSheetAt(position);
        }
        throw CriteriaSetSheetException.of("scoring.sheet.missing", words.text(nameKey));
    }

    /** The meta row's field, by its label or its key. */
    private String field(String label) {
        String folded = SheetWords.fold(label);
        return META_ROWS.stream()
                .filter(key -> folded.equals(SheetWords.fold(words.text(SetSheetLayout.header(key))))
                        || folded.equals(SheetWords.fold(key)))
                .findFirst()
                .orElse(null);
    }

    private List<GroupDraft> groups(Sheet sheet) {
        Map<String, Integer> columns = new SheetHeader(sheet, words).columns(CRITERIA_COLUMNS);
        Map<String, List<CriterionDraft>> criteria = new LinkedHashMap<>();
        Map<String, GroupDraft> heads = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (SheetCells.blankRow(sheet, r, CRITERIA_COLUMNS.size() + 4)) {
                continue;
            }
            tooMany(r);
            Row row = new Row(sheet, r, columns);
            String group =
                    row.get("groupCode") == null ? "" : row.get("groupCode").strip();
            int g = new ArrayList<>(heads.keySet()).indexOf(group);
            if (g < 0) {
                g = heads.size();
                heads.put(group, new GroupDraft(group, row.get("groupTitleVi"), row.get("groupTitleEn"), List.of()));
                criteria.put(group, new ArrayList<>());
                row.locate(places, "groups[" + g + "]", "groupCode", "code");
                row.locate(places, "groups[" + g + "]", "groupTitleVi", "titleVi");
                row.locate(places, "groups[" + g + "]", "groupTitleEn", "titleEn");
            }
            String at = "groups[" + g + "].criteria[" + criteria.get(group).size() + "]";
            for (String key : CRITERIA_COLUMNS.subList(3, CRITERIA_COLUMNS.size())) {
                row.locate(places, at, key, key);
            }
            criteria.get(group)
                    .add(new CriterionDraft(
                            row.get("code"),
                            row.get("titleVi"),
                            row.get("titleEn"),
                            row.get("maxPoints"),
                            choices.method(row.get("method")),
                            choices.formula(row.get("formula")),
                            choices.nothing(row.get("ifNothingToCount")),
                            choices.answerType(row.get("answerType")),
                            row.get("levels"),
                            row.get("target"),
                            row.get("unitVi"),
                            row.get("unitEn"),
                            row.get("basis"),
                            row.get("rules")));
        }
        return heads.values().stream()
                .map(h -> new GroupDraft(h.code(), h.titleVi(), h.titleEn(), criteria.get(h.code())))
                .toList();
    }

    private List<GradeDraft> grades(Sheet sheet) {
        Map<String, Integer> columns = new SheetHeader(sheet, words).columns(GRADE_COLUMNS);
        List<GradeDraft> grades = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (SheetCells.blankRow(sheet, r, GRADE_COLUMNS.size() + 4)) {
                continue;
            }
            tooMany(r);
            Row row = new Row(sheet, r, columns);
            for (String key : GRADE_COLUMNS) {
                row.locate(places, "grades[" + grades.size() + "]", key, key);
            }
            grades.add(new GradeDraft(row.get("code"), row.get("titleVi"), row.get("titleEn"), row.get("minPoints")));
        }
        return grades;
    }

    private static void tooMany(int row) {
        if (row > SetSheetLayout.MAX_ROWS) {
            throw CriteriaSetSheetException.of("scoring.sheet.too-many-rows", SetSheetLayout.MAX_ROWS);
        }
    }

    /** One data row, its cells by column key. */
    private record Row(Sheet sheet, int index, Map<String, Integer> columns) {

        String get(String key) {
            return SheetCells.text(sheet, index, columns.get(key));
        }

        void locate(Map<String, String[]> places, String at, String key, String field) {
            places.put(
                    at + "." + field,
                    new String[] {sheet.getSheetName(), SetSheetLayout.column(columns.get(key)) + (index + 1)});
        }
    }
}
