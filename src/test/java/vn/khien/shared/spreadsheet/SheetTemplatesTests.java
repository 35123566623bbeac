package vn.khien.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khien.shared.spreadsheet.Sheets.AGENCIES;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.khien.shared.spreadsheet.Sheets.AgencyKind;

class SheetTemplatesTests {

    private final SheetTemplates templates = new SheetTemplates(Sheets.MESSAGES);

    @Test
    void writesVietnameseHeadersWithNotesDropDownsAndInstructions() throws Exception {
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(templates.bytes(AGENCIES, Locale.forLanguageTag("vi"))))) {
            XSSFSheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("Cơ quan");
            Row header = data.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã cơ quan *");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Số cán bộ");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(header.getCell(0).getCellComment().getString().getString())
                    .contains("Mã duy nhất của cơ quan")
                    .contains("Bắt buộc nhập.");
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            // labels with commas cannot sit in an inline list: they come from the hidden lists sheet
            assertThat(data.getDataValidations())
                    .extracting(v -> v.getValidationConstraint().getFormula1())
                    .containsExactlyInAnyOrder("DanhMuc!$C$1:$C$2", "\"Có,Không\"");
            XSSFSheet lists = workbook.getSheet("DanhMuc");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
            assertThat(lists.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Sở, ban, ngành");
            assertThat(data.getDataValidations())
                    .allSatisfy(v -> assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP));
            assertThat(data.getRow(1).getCell(5).getCellStyle().getDataFormatString())
                    .isEqualTo("dd/mm/yyyy");
            assertThat(data.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Sở, ban, ngành");
            XSSFSheet help = workbook.getSheetAt(1);
            assertThat(help.getSheetName()).isEqualTo("Hướng dẫn");
            assertThat(help.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Mã cơ quan");
            assertThat(help.getRow(7).getCell(3).getStringCellValue()).isEqualTo("Sở, ban, ngành, UBND cấp huyện");
        }
    }

    @Test
    void aFilledTemplateReadsBackWithTheExampleRowSkipped() throws Exception {
        byte[] filled;
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(templates.bytes(AGENCIES, Locale.ENGLISH)))) {
            Row row = workbook.getSheetAt(0).createRow(2);
            row.createCell(0).setCellValue("SO-NV");
            row.createCell(1).setCellValue("Sở Nội vụ");
            row.createCell(2).setCellValue("UBND cấp huyện");
            row.createCell(3).setCellValue(40);
            row.createCell(4).setCellValue("2.500.000");
            row.createCell(5).setCellValue(LocalDate.of(2026, 11, 25));
            row.getCell(5).setCellStyle(workbook.getSheetAt(0).getColumnStyle(5));
            row.createCell(6).setCellValue("Không");
            filled = Sheets.bytes(workbook);
        }

        ParsedSheet sheet = Sheets.reader().read(new ByteArrayInputStream(filled), AGENCIES, 10);

        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.text("code")).isEqualTo("SO-NV");
            assertThat(row.enumValue("kind", AgencyKind.class)).isEqualTo(AgencyKind.DISTRICT_COMMITTEE);
            assertThat(row.integer("staff")).isEqualTo(40L);
            assertThat(row.decimal("budget")).isEqualByComparingTo("2500000");
            assertThat(row.date("founded")).isEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(row.bool("egov")).isFalse();
        });
    }
}
