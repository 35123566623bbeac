package vn.khien.reports.application.provincial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khien.incidents.IncidentFigures;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.SummaryPeriod;
import vn.khien.shared.documents.DocumentBlock;

/**
 * Section IV: the incidents by type and severity, the figures of the agencies' Form 05 summaries
 * (Circular 20/2017) for the same days — counted by incidents, never recounted here; the level 5 report
 * counts only incidents on level 5 systems.
 */
@Component
class IncidentSituation {

    private final IncidentFigures figures;
    private final MessageSource messages;

    IncidentSituation(IncidentFigures figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    Section draft(ReportPeriod period) {
        SummaryPeriod days = period.incidents();
        List<IncidentFigures.Count> counts =
                figures.count(days, period.annual() ? java.util.Set.of() : period.levels());
        Map<String, long[]> byType = new LinkedHashMap<>();
        long[] totals = new long[IncidentSeverity.values().length];
        for (IncidentFigures.Count c : counts) {
            byType.computeIfAbsent(c.typeName(), k -> new long[IncidentSeverity.values().length])[
                            c.severity().ordinal()] +=
                    c.incidents();
            totals[c.severity().ordinal()] += c.incidents();
        }
        long total = java.util.Arrays.stream(totals).sum();
        List<DocumentBlock> body = new ArrayList<>();
        body.add(new DocumentBlock.Heading("IV. TÌNH HÌNH SỰ CỐ AN TOÀN THÔNG TIN MẠNG"));
        String where = period.annual() ? "trên địa bàn tỉnh" : "trên các hệ thống thông tin cấp độ 5";
        String span = "từ ngày " + Vn.day(days.from()) + " đến ngày " + Vn.day(days.to());
        if (total == 0) {
            body.add(new DocumentBlock.Paragraph(
                    "Trong kỳ báo cáo (" + span + "), không ghi nhận sự cố an toàn thông tin mạng " + where + "."));
            return new Section("không ghi nhận sự cố an toàn thông tin mạng", body);
        }
        long serious = totals[IncidentSeverity.CRITICAL.ordinal()] + totals[IncidentSeverity.HIGH.ordinal()];
        body.add(new DocumentBlock.Paragraph("Trong kỳ báo cáo (" + span + "), ghi nhận " + Vn.count(total)
                + " sự cố an toàn thông tin mạng " + where + ", trong đó " + Vn.count(serious) + " sự cố mức nghiêm"
                + " trọng, cao. Số liệu thống nhất với báo cáo tổng hợp tình hình sự cố (Mẫu 05) của các cơ quan,"
                + " đơn vị cho cùng kỳ."));
        List<String> header = new ArrayList<>(List.of("Loại sự cố"));
        for (IncidentSeverity s : IncidentSeverity.values()) {
            header.add(messages.getMessage("incidents.severity." + s.name(), null, Vn.VI));
        }
        header.add("Tổng số");
        List<List<String>> rows = new ArrayList<>();
        byType.forEach((type, c) -> rows.add(row(type, c)));
        rows.add(row("Tổng cộng", totals));
        body.add(new DocumentBlock.Table(header, rows));
        return new Section(Vn.count(total) + " sự cố an toàn thông tin mạng", body);
    }

    private static List<String> row(String label, long[] c) {
        List<String> row = new ArrayList<>(List.of(label));
        for (long n : c) {
            row.add(Vn.count(n));
        }
        row.add(Vn.count(java.util.Arrays.stream(c).sum()));
        return row;
    }
}
