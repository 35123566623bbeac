package vn.khien.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.AnswerType;
import vn.khien.scoring.Formula;
import vn.khien.scoring.ScoringMethod;

/** The set spreadsheet: what is written reads back as the same set; garbage only ever gives the format error. */
class CriteriaSetSheetPropertyTests {

    static final SheetWords WORDS = vietnamese();

    private static SheetWords vietnamese() {
        Properties texts = new Properties();
        for (String bundle : List.of("scoring", "agencies")) {
            try (Reader in = Files.newBufferedReader(
                    Path.of("src/main/resources/messages/" + bundle + ".properties"), StandardCharsets.UTF_8)) {
                texts.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return key -> texts.getProperty(key, key);
    }

    @Test
    void theShippedSetReadsBackFromItsWorkbookUnchanged() throws IOException {
        CriteriaSet set = SetDraftsTests.shipped();
        assertThat(CriteriaSetSheetReader.read(CriteriaSetSheetWriter.xlsx(set, WORDS), WORDS))
                .isEqualTo(set);
    }

    @Test
    void everyGeneratedSetReadsBackFromItsWorkbookUnchanged() {
        qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
            CriteriaSet set = RandomSets.set(new Random(seed));
            assertThat(CriteriaSetSheetReader.read(CriteriaSetSheetWriter.xlsx(set, WORDS), WORDS))
                    .isEqualTo(set);
        });
    }

    @Test
    void garbageCellsInAnExportedWorkbookGiveASetOrTheFormatErrorAndNothingElse() {
        qt().withExamples(40).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, cells) -> {
            Random random = new Random(seed);
            byte[] bytes = spoiled(CriteriaSetSheetWriter.xlsx(RandomSets.set(random), WORDS), random, cells);
            Throwable thrown = catchThrowable(() -> CriteriaSetSheetReader.read(bytes, WORDS));
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(CriteriaSetFormatException.class);
            }
        });
    }

    @Test
    void bytesThatAreNoWorkbookGiveTheFormatError() {
        qt().withExamples(30).forAll(longs().all(), integers().between(0, 3000)).checkAssert((seed, size) -> {
            byte[] bytes = new byte[size];
            new Random(seed).nextBytes(bytes);
            if (size > 4) {
                bytes[0] = 'P'; // a zip's magic, so that POI goes further than the first bytes
                bytes[1] = 'K';
                bytes[2] = 3;
                bytes[3] = 4;
            }
            assertThat(catchThrowable(() -> CriteriaSetSheetReader.read(bytes, WORDS)))
                    .isInstanceOf(CriteriaSetSheetException.class);
        });
    }

    private static final Object[] GARBAGE = {
        "",
        " ",
        "=1+1",
        "Tự động",
        "SELF_ASSESSED",
        "AUTOMATIC",
        "LEVEL",
        "NUMBER",
        "YES_NO",
        "FULL",
        "ZERO",
        "Mã",
        "Tiêu chí",
        "1.1",
        "1",
        "-5",
        "abc",
        "1e9",
        "99999999999",
        "a | b",
        "a | b\nc | d",
        "|",
        "\u0000x",
        "Sở, ban, ngành; xyz",
        0.0,
        -1.0,
        1e300,
        2.555,
        Double.NaN,
        2025.0,
        true,
        false,
        null
    };

    private static byte[] spoiled(byte[] original, Random random, int cells) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            for (int i = 0; i < cells; i++) {
                Sheet sheet = workbook.getSheetAt(random.nextInt(workbook.getNumberOfSheets()));
                int r = random.nextInt(Math.max(sheet.getLastRowNum() + 3, 1));
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                Cell cell = row.createCell(random.nextInt(20));
                Object value = GARBAGE[random.nextInt(GARBAGE.length)];
                if (value instanceof String s) {
                    cell.setCellValue(s);
                } else if (value instanceof Double d) {
                    cell.setCellValue(d);
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    row.removeCell(cell);
                }
            }
            if (random.nextInt(10) == 0) {
                workbook.removeSheetAt(random.nextInt(workbook.getNumberOfSheets()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Random valid sets: texts with Vietnamese letters, quotes and signs a spreadsheet might mistake. */
    static final class RandomSets {

        private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƠ ỳổữẫ0123456789\"'=+-#:{}[],.&*!%@";

        static CriteriaSet set(Random r) {
            int from = 2000 + r.nextInt(100);
            Set<AgencyKind> kinds = EnumSet.noneOf(AgencyKind.class);
            for (int i = 0; i <= r.nextInt(4); i++) {
                kinds.add(AgencyKind.values()[r.nextInt(AgencyKind.values().length)]);
            }
            List<CriterionGroup> groups = new ArrayList<>();
            int number = 0;
            for (int g = 0; g <= r.nextInt(4); g++) {
                List<Criterion> criteria = new ArrayList<>();
                for (int c = 0; c <= r.nextInt(6); c++) {
                    criteria.add(criterion(r, "c" + number++ + text(r, 5)));
                }
                groups.add(new CriterionGroup("g" + g + text(r, 6), localized(r), criteria));
            }
            BigDecimal total = groups.stream().map(CriterionGroup::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<GradeBand> grades = new ArrayList<>();
            int bands = 1 + r.nextInt(4);
            for (int b = 0; b < bands; b++) {
                BigDecimal min = b == bands - 1
                        ? BigDecimal.ZERO
                        : points(total.multiply(BigDecimal.valueOf(bands - 1 - b))
                                .divide(BigDecimal.valueOf(bands), 2, java.math.RoundingMode.DOWN));
                grades.add(new GradeBand("b" + b, localized(r), min));
            }
            return new CriteriaSet(
                    "S" + text(r, 10),
                    1 + r.nextInt(9999),
                    localized(r),
                    from,
                    from + r.nextInt(2101 - from),
                    kinds,
                    groups,
                    grades.stream().distinct().toList());
        }

        private static Criterion criterion(Random r, String code) {
            BigDecimal max = points(BigDecimal.valueOf(1 + r.nextInt(2000), 2));
            String basis = r.nextBoolean() ? null : text(r, 30);
            if (r.nextBoolean()) {
                Formula formula = Formula.values()[r.nextInt(Formula.values().length)];
                return new Criterion(
                        code, localized(r), max, ScoringMethod.AUTOMATIC, formula, r.nextBoolean(), null, basis);
            }
            AnswerType type = AnswerType.values()[r.nextInt(AnswerType.values().length)];
            AnswerScale scale = switch (type) {
                case YES_NO -> AnswerScale.yesNo();
                case LEVEL -> new AnswerScale(type, List.of(localized(r), localized(r), localized(r)), null, null);
                case NUMBER ->
                    new AnswerScale(type, List.of(), points(BigDecimal.valueOf(1 + r.nextInt(99999), 2)), localized(r));
            };
            return new Criterion(code, localized(r), max, ScoringMethod.SELF_ASSESSED, null, false, scale, basis);
        }

        private static BigDecimal points(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        private static LocalizedText localized(Random r) {
            return new LocalizedText(text(r, 30), text(r, 30));
        }

        /** Non-blank, no surrounding spaces, no '|' (it separates a level's languages). */
        private static String text(Random r, int max) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i <= r.nextInt(max); i++) {
                s.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
            }
            String t = s.toString().strip();
            return t.isEmpty() ? "x" : t;
        }
    }
}
