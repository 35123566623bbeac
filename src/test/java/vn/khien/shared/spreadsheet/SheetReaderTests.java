package vn.khien.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khien.shared.spreadsheet.Sheets.AGENCIES;
import static vn.khien.shared.spreadsheet.Sheets.HEADERS;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.shared.spreadsheet.Sheets.AgencyKind;

class SheetReaderTests {

    private final SheetReader reader = Sheets.reader();

    private ParsedSheet read(List<List<?>> rows) {
        return reader.read(new ByteArrayInputStream(Sheets.xlsx(rows)), AGENCIES, 100);
    }

    @Test
    void readsTypedValuesFromCellsOfEveryKind() {
        ParsedSheet sheet = read(List.of(
                HEADERS,
                List.of("SO-YT", "Sở Y tế", "Sở, ban, ngành", 120, 1234567.5, LocalDate.of(2008, 4, 1), true)));

        SheetRow row = sheet.rows().get(0);
        assertThat(sheet.problems()).isEmpty();
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.text("code")).isEqualTo("SO-YT");
        assertThat(row.enumValue("kind", AgencyKind.class)).isEqualTo(AgencyKind.PROVINCIAL_DEPARTMENT);
        assertThat(row.integer("staff")).isEqualTo(120L);
        assertThat(row.decimal("budget")).isEqualByComparingTo("1234567.5");
        assertThat(row.date("founded")).isEqualTo(LocalDate.of(2008, 4, 1));
        assertThat(row.bool("egov")).isTrue();
    }

    @Test
    void readsValuesWrittenAsVietnameseText() {
        ParsedSheet sheet = read(List.of(
                HEADERS,
                List.of("A", "Cơ quan A", "ubnd cap huyen", "1.200", "1.234.567", "05/12/2026", "Không"),
                List.of("B", "Cơ quan B", "DISTRICT_COMMITTEE", "7", "1.234.567,89", "2026-12-05", "x"),
                List.of("C", "Cơ quan C", "Provincial department", "0", "12,5", "5/1/2026", "KHÔNG")));

        assertThat(sheet.problems()).isEmpty();
        SheetRow a = sheet.rows().get(0);
        SheetRow b = sheet.rows().get(1);
        SheetRow c = sheet.rows().get(2);
        assertThat(a.enumValue("kind", AgencyKind.class)).isEqualTo(AgencyKind.DISTRICT_COMMITTEE);
        assertThat(a.integer("staff")).isEqualTo(1200L);
        assertThat(a.decimal("budget")).isEqualTo(new BigDecimal("1234567"));
        assertThat(a.date("founded")).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(a.bool("egov")).isFalse();
        assertThat(b.decimal("budget")).isEqualTo(new BigDecimal("1234567.89"));
        assertThat(b.date("founded")).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(b.bool("egov")).isTrue();
        assertThat(c.enumValue("kind", AgencyKind.class)).isEqualTo(AgencyKind.PROVINCIAL_DEPARTMENT);
        assertThat(c.decimal("budget")).isEqualTo(new BigDecimal("12.5"));
        assertThat(c.date("founded")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(c.bool("egov")).isFalse();
    }

    @Test
    void keepsCodesOfNumericCellsWithoutDecimalTail() {
        ParsedSheet sheet = read(List.of(HEADERS, List.of(912345678, "Tên")));
        assertThat(sheet.rows().get(0).text("code")).isEqualTo("912345678");
    }

    @Test
    void matchesHeadersWhateverTheirAccentsCaseSpacingOrUnicodeForm() {
        List<Object> headers = new ArrayList<>();
        headers.add("  MA   CO QUAN * ");
        headers.add(Normalizer.normalize("tên cơ quan", Normalizer.Form.NFD));
        headers.add("Ghi chú riêng của tỉnh");
        headers.add("Agency code");
        ParsedSheet sheet = read(List.of(
                List.of("DANH SÁCH CƠ QUAN NĂM 2026"),
                headers,
                List.of("SO-TC", Normalizer.normalize("Sở Tài chính", Normalizer.Form.NFD), "bỏ qua")));

        assertThat(sheet.problems()).isEmpty();
        SheetRow row = sheet.rows().get(0);
        assertThat(row.number()).isEqualTo(3);
        assertThat(row.text("code")).isEqualTo("SO-TC");
        assertThat(row.text("name")).isEqualTo(Normalizer.normalize("Sở Tài chính", Normalizer.Form.NFC));
    }

    @Test
    void reportsEveryBadCellWithItsRowAndColumn() {
        ParsedSheet sheet = read(List.of(
                HEADERS,
                List.of("A", "Cơ quan A", "Bộ", "mười", "nhiều", "31/02/2026", "có lẽ"),
                List.of("", "", "", "2,5")));

        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.problems())
                .extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Loại cơ quan", "spreadsheet.problem.unknown-value"),
                        org.assertj.core.groups.Tuple.tuple(2, "Số cán bộ", "spreadsheet.problem.not-a-number"),
                        org.assertj.core.groups.Tuple.tuple(2, "Kinh phí (VND)", "spreadsheet.problem.not-a-number"),
                        org.assertj.core.groups.Tuple.tuple(2, "Ngày thành lập", "spreadsheet.problem.not-a-date"),
                        org.assertj.core.groups.Tuple.tuple(2, "Chính phủ điện tử", "spreadsheet.problem.not-yes-no"),
                        org.assertj.core.groups.Tuple.tuple(3, "Mã cơ quan", "spreadsheet.problem.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "Tên cơ quan", "spreadsheet.problem.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "Số cán bộ", "spreadsheet.problem.not-an-integer"));
        assertThat(sheet.problems().get(0).args()).containsExactly("Bộ", "Sở, ban, ngành, UBND cấp huyện");
        assertThat(sheet.rows().get(0).integer("staff")).isNull();
    }

    @Test
    void reportsAMissingRequiredColumnOnceOnTheHeaderRow() {
        ParsedSheet sheet = read(List.of(List.of("Mã cơ quan", "Số cán bộ"), List.of("A", 3), List.of("B", 4)));

        assertThat(sheet.problems())
                .containsExactly(new RowProblem(
                        1, "Tên cơ quan", "name", "spreadsheet.problem.missing-column", new Object[] {"Tên cơ quan"}));
    }

    @Test
    void skipsBlankRowsAndTheUntouchedExampleRow() {
        ParsedSheet sheet = read(List.of(
                HEADERS,
                List.of(
                        "SO-TTTT",
                        "Sở Thông tin và Truyền thông",
                        "Sở, ban, ngành",
                        25,
                        1234567,
                        LocalDate.of(2008, 4, 1),
                        "Có"),
                List.of(),
                List.of("", "  "),
                List.of("SO-TTTT", "Sở Thông tin và Truyền thông", "Sở, ban, ngành", 26)));

        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(5);
    }

    @Test
    void letsModulesAddTheirOwnProblems() {
        ParsedSheet sheet = read(List.of(HEADERS, List.of("A", "Cơ quan A")));
        sheet.rows().get(0).reject("code", "agencies.import.unknown-parent", "X");

        assertThat(sheet.hasProblems()).isTrue();
        assertThat(sheet.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("Mã cơ quan");
            assertThat(p.messageKey()).isEqualTo("agencies.import.unknown-parent");
        });
    }
}
