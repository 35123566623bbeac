package vn.khien.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableCellsTests {

    @Test
    void columnSharesAlwaysAddUpToAHundredWithEveryColumnVisible() {
        cases(200)
                .forAll(integers().between(1, 9), lists().of(anyTexts(60)).ofSizeBetween(0, 30))
                .checkAssert((columns, texts) -> {
                    List<String> header = java.util.Collections.nCopies(columns, "Cột");
                    List<List<String>> rows = texts.stream()
                            .map(t -> java.util.Collections.nCopies(columns, t))
                            .toList();
                    int[] percents =
                            TableCells.of(new DocumentBlock.Table(header, rows)).percents();
                    assertThat(Arrays.stream(percents).sum()).isEqualTo(100);
                    assertThat(Arrays.stream(percents).min().orElseThrow()).isGreaterThanOrEqualTo(1);
                });
    }

    @Test
    void aNumberColumnStaysNarrowAndADateColumnWideEnoughForTheDate() {
        int[] percents = TableCells.of(new DocumentBlock.Table(
                        List.of("STT", "Tên hệ thống", "Ngày"),
                        List.of(List.of(
                                "1", "Cổng thông tin điện tử của Báo và Phát thanh, Truyền hình Huế", "12/08/2025"))))
                .percents();
        assertThat(percents[0]).isLessThan(percents[2]).isLessThan(percents[1]);
        assertThat(percents[2]).isGreaterThanOrEqualTo(14);
    }
}
