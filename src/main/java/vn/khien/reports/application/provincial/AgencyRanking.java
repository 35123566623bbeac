package vn.khien.reports.application.provincial;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.khien.scoring.YearRankings;
import vn.khien.shared.documents.DocumentBlock;

/**
 * Section VI: the ranking of the agencies, when the scoring campaign of the year was published by the
 * cut-off date (its newest version then), quoted as published.
 */
@Component
class AgencyRanking {

    private final YearRankings rankings;

    AgencyRanking(YearRankings rankings) {
        this.rankings = rankings;
    }

    Section draft(ReportPeriod period, Appendices appendices, ZoneId zone) {
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new DocumentBlock.Heading("VI. ĐÁNH GIÁ, XẾP HẠNG CÁC CƠ QUAN, ĐƠN VỊ"));
        var published = rankings.of(
                period.year(), period.cutOff().plusDays(1).atStartOfDay(zone).toInstant());
        if (published.isEmpty()) {
            body.add(new DocumentBlock.Paragraph("Đến ngày " + Vn.day(period.cutOff()) + ", kết quả đánh giá, xếp hạng"
                    + " mức độ bảo đảm an toàn thông tin của các cơ quan, đơn vị năm " + period.year()
                    + " chưa được công bố."));
            return new Section(null, body);
        }
        YearRankings.Ranking ranking = published.get();
        List<List<String>> rows = new ArrayList<>(ranking.entries().size());
        for (YearRankings.Entry e : ranking.entries()) {
            rows.add(Section.row(
                    Integer.toString(e.rank()),
                    e.agencyName(),
                    score(e.score()),
                    e.grade() == null ? "" : e.grade(),
                    e.submitted() ? "" : "Không gửi tự đánh giá"));
        }
        String reference = appendices.add(
                "Kết quả xếp hạng " + ranking.title() + " (công bố lần " + ranking.version() + ")",
                List.of(
                        "Hạng",
                        "Cơ quan, đơn vị",
                        "Điểm (tối đa " + score(ranking.maxScore()) + ")",
                        "Xếp loại",
                        "Ghi chú"),
                rows);
        body.add(new DocumentBlock.Paragraph("Kết quả " + ranking.title() + " đã được công bố ngày "
                + Vn.day(ranking.publishedAt().atZone(zone).toLocalDate()) + " (lần " + ranking.version() + "), xếp"
                + " hạng " + Vn.count(ranking.entries().size()) + " cơ quan, đơn vị (chi tiết tại " + reference
                + ")."));
        return new Section(Vn.count(ranking.entries().size()) + " cơ quan, đơn vị được đánh giá, xếp hạng", body);
    }

    private static String score(BigDecimal score) {
        if (score == null) {
            return "";
        }
        var format = java.text.NumberFormat.getNumberInstance(Vn.VI);
        format.setMaximumFractionDigits(2);
        return format.format(score);
    }
}
