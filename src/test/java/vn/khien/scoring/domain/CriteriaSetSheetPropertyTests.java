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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

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
}
