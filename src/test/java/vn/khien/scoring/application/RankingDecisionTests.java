package vn.khien.scoring.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.agencies.AgencyKind;
import vn.khien.shared.documents.DocumentBlock;

class RankingDecisionTests {

    private static final PublishedRankings.Version CORRECTED = new PublishedRankings.Version(
            7,
            2,
            2025,
            "Đánh giá 2025",
            new BigDecimal("100.00"),
            Instant.parse("2026-01-15T03:00:00Z"),
            "Sửa điểm tiêu chí 2.1",
            "ab12");

    private static final List<PublishedRankings.Row> ROWS = List.of(
            new PublishedRankings.Row(
                    "H57.02",
                    "Sở Nội vụ",
                    AgencyKind.PROVINCIAL_DEPARTMENT,
                    true,
                    new BigDecimal("80.50"),
                    "A",
                    "Tốt",
                    "Good",
                    1,
                    1,
                    new BigDecimal("2.25"),
                    3),
            new PublishedRankings.Row(
                    "H57.10",
                    "Sở Y tế",
                    AgencyKind.PROVINCIAL_DEPARTMENT,
                    false,
                    new BigDecimal("40.00"),
                    "D",
                    "Yếu",
                    "Weak",
                    2,
                    2,
                    null,
                    null));

    @Test
    void theDecisionOfTheCommitteeCitesTheBasisAndNamesTheVersionItsHashAndItsCorrection() {
        var document = RankingDecision.of(
                CORRECTED,
                new RankingDecision.Basis("HUE-ATTT", 1, "Bộ tiêu chí"),
                "Ủy ban nhân dân thành phố Huế",
                kind -> "Sở, ban, ngành",
                ROWS,
                LocalDate.of(2026, 1, 20));
        assertThat(document.issuer()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ");
        assertThat(document.place()).isEqualTo("Huế");
        assertThat(document.kind()).isEqualTo("QUYẾT ĐỊNH");
        String text = document.body().stream()
                .filter(DocumentBlock.Paragraph.class::isInstance)
                .map(b -> ((DocumentBlock.Paragraph) b).text())
                .reduce("", String::concat);
        assertThat(text)
                .contains("Chỉ thị số 14/CT-TTg", "Bộ tiêu chí HUE-ATTT phiên bản 1", "phiên bản 2", "ab12")
                .contains("Sửa điểm tiêu chí 2.1", "ngày 15/01/2026");
        var table = document.body().stream()
                .filter(DocumentBlock.Table.class::isInstance)
                .map(DocumentBlock.Table.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(table.rows().get(0))
                .containsExactly("1", "Sở Nội vụ", "Sở, ban, ngành", "80,50", "Tốt", "Điểm +2,25; hạng +3");
        assertThat(table.rows().get(1)).contains("40,00 (không nộp)", "Chưa xếp hạng năm trước");
    }

    @Test
    void withoutACommitteeInTheRegistryTheIssuerIsLeftGeneralAndThePlaceBlank() {
        var document = RankingDecision.of(
                CORRECTED, new RankingDecision.Basis("X", 1, "X"), null, kind -> "", ROWS, LocalDate.of(2026, 1, 20));
        assertThat(document.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH");
        assertThat(document.place()).isEmpty();
        assertThat(RankingDecision.place("Ủy ban nhân dân tỉnh Quảng Trị")).isEqualTo("Quảng Trị");
    }
}
