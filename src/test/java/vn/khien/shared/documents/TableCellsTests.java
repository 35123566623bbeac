package vn.khien.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableCellsTests {

    static TableCells cells(List<String> header, List<List<String>> rows) {
        return TableCells.of(new DocumentBlock.Table(header, rows));
    }

    @Test
    void givesANameColumnMoreRoomThanARowNumberAndTheSharesMakeTheWholeWidth() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            rows.add(List.of(
                    Integer.toString(i),
                    "Trung tâm Công nghệ thông tin và Truyền thông trực thuộc đơn vị sự nghiệp số " + i,
                    "07/12/2026"));
        }
        int[] shares =
                cells(List.of("STT", "Cơ quan, đơn vị", "Ngày báo cáo"), rows).shares();
        assertThat(Arrays.stream(shares).sum()).isEqualTo(100);
        assertThat(shares[1]).isGreaterThan(shares[2]).isGreaterThan(shares[0]);
    }

    @Test
    void keepsRoomForTheLongestWordOfAShortColumn() {
        int[] shares = cells(List.of("STT", "Nội dung", "Ngày"), List.of(List.of("1", "x".repeat(400), "07/12/2026")))
                .shares();
        // 10 characters and a margin of 70 across the width: a date never breaks
        assertThat(shares[2]).isGreaterThanOrEqualTo(16);
    }

    @Test
    void sharesAnEmptyTableByItsHeader() {
        int[] shares = cells(List.of("A", "B"), List.of()).shares();
        assertThat(shares).containsExactly(50, 50);
    }

    @Test
    void columnSharesAlwaysAddUpToAHundredWithEveryColumnVisible() {
        cases(200)
                .forAll(integers().between(1, 9), lists().of(anyTexts(60)).ofSizeBetween(0, 30))
                .checkAssert((columns, texts) -> {
                    List<String> header = java.util.Collections.nCopies(columns, "Cột");
                    List<List<String>> rows = texts.stream()
                            .map(t -> java.util.Collections.nCopies(columns, t))
                            .toList();
                    int[] shares = cells(header, rows).shares();
                    assertThat(Arrays.stream(shares).sum()).isEqualTo(100);
                    assertThat(Arrays.stream(shares).min().orElseThrow()).isGreaterThanOrEqualTo(1);
                });
    }

    @Test
    void aNumberColumnStaysNarrowAndADateColumnWideEnoughForTheDate() {
        int[] shares = cells(
                        List.of("STT", "Tên hệ thống", "Ngày"),
                        List.of(List.of(
                                "1", "Cổng thông tin điện tử của Báo và Phát thanh, Truyền hình Huế", "12/08/2025")))
                .shares();
        assertThat(shares[0]).isLessThan(shares[2]).isLessThan(shares[1]);
        assertThat(shares[2]).isGreaterThanOrEqualTo(14);
    }
}
