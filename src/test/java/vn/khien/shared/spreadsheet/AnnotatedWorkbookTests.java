package vn.khien.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khien.shared.spreadsheet.Sheets.AGENCIES;
import static vn.khien.shared.spreadsheet.Sheets.HEADERS;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AnnotatedWorkbookTests {

    @Test
    void marksBadCellsWithANoteAndListsEachRowsProblemsInALastColumn() throws Exception {
        byte[] original = Sheets.xlsx(List.of(
                HEADERS, List.of("A", "Cơ quan A", "", "mười"), List.of("B", "Cơ quan B", "", 3), List.of("", "")));
        ParsedSheet sheet = Sheets.reader().read(new ByteArrayInputStream(original), AGENCIES, 10);
        List<RowProblem> problems = sheet.problems();

        byte[] annotated = AnnotatedWorkbook.annotate(original, problems, Sheets.MESSAGES, Locale.forLanguageTag("vi"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(annotated))) {
            XSSFSheet data = workbook.getSheetAt(0);
            assertThat(data.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Lỗi");
            XSSFCell bad = data.getRow(1).getCell(3);
            assertThat(bad.getStringCellValue()).isEqualTo("mười");
            assertThat(bad.getCellComment().getString().getString()).isEqualTo("“mười” không phải là số.");
            assertThat(((XSSFColor) bad.getCellStyle().getFillForegroundColorColor()).getARGBHex())
                    .endsWith("FFC7CE");
            assertThat(data.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Số cán bộ: “mười” không phải là số.");
            assertThat(data.getRow(2).getCell(7)).isNull();
            assertThat(data.getRow(2).getCell(3).getCellComment()).isNull();
        }
    }

    @Test
    void turnsARefusedCsvIntoAnAnnotatedWorkbookInTheUsersLanguage() throws Exception {
        byte[] csv = "Mã cơ quan;Tên cơ quan\n;Cơ quan A\n".getBytes(StandardCharsets.UTF_8);
        ParsedSheet sheet = Sheets.reader().read(new ByteArrayInputStream(csv), AGENCIES, 10);

        byte[] annotated = AnnotatedWorkbook.annotate(csv, sheet.problems(), Sheets.MESSAGES, Locale.ENGLISH);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(annotated))) {
            XSSFSheet data = workbook.getSheetAt(0);
            assertThat(data.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Problems");
            assertThat(data.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Cơ quan A");
            assertThat(data.getRow(1).getCell(0).getCellComment().getString().getString())
                    .isEqualTo("A required value is missing.");
        }
    }
}
