package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.khien.agencies.AgencyKind;
import vn.khien.shared.ProvinceZone;
import vn.khien.shared.ShownDate;
import vn.khien.shared.documents.DocumentBlock;
import vn.khien.shared.documents.OfficialDocument;

/**
 * The draft of the People's Committee's decision to publish a ranking, in the layout of Decree
 * 30/2020/NĐ-CP (a decision of a collective body, signed "TM." by its chair): the legal basis, the
 * ranking table, and the published version with its SHA-256 so that the signed paper names exactly
 * the published figures. Always in Vietnamese, the language of official documents.
 */
final class RankingDecision {

    /** The criteria set the ranking applied. */
    record Basis(String setCode, int setVersion, String setTitle) {}

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String DEFAULT_ISSUER = "ỦY BAN NHÂN DÂN TỈNH";
    private static final List<String> HEADER =
            List.of("Hạng", "Cơ quan, đơn vị", "Loại đơn vị", "Điểm", "Xếp loại", "Thay đổi so với năm trước");

    private RankingDecision() {}

    static OfficialDocument of(
            PublishedRankings.Version v,
            Basis basis,
            String committee,
            Function<AgencyKind, String> kindNames,
            List<PublishedRankings.Row> rows,
            LocalDate date) {
        String issuer = committee == null ? DEFAULT_ISSUER : committee.toUpperCase(VIETNAMESE);
        String subject =
                "kết quả đánh giá, xếp hạng mức độ bảo đảm an toàn thông tin của các cơ quan, đơn vị năm " + v.year();
        List<DocumentBlock> body = new ArrayList<>(List.of(
                new DocumentBlock.Paragraph("Căn cứ Chỉ thị số 14/CT-TTg ngày 07/6/2019 của Thủ tướng Chính phủ về việc"
                        + " tăng cường bảo đảm an toàn, an ninh mạng nhằm cải thiện chỉ số xếp hạng của Việt Nam;"),
                new DocumentBlock.Paragraph("Căn cứ Bộ tiêu chí " + basis.setCode() + " phiên bản " + basis.setVersion()
                        + " (" + basis.setTitle() + ");"),
                new DocumentBlock.Heading("QUYẾT ĐỊNH:"),
                new DocumentBlock.Paragraph("Điều 1. Công bố " + subject + " (" + v.title() + ", phiên bản "
                        + v.version() + ", công bố ngày "
                        + ShownDate.of(LocalDate.ofInstant(v.publishedAt(), ProvinceZone.get())) + ") như sau:"),
                new DocumentBlock.Table(
                        HEADER, rows.stream().map(r -> row(r, kindNames)).toList())));
        if (v.correctionReason() != null) {
            body.add(new DocumentBlock.Paragraph(
                    "Phiên bản này đính chính phiên bản trước: " + v.correctionReason() + "."));
        }
        body.addAll(List.of(
                new DocumentBlock.Paragraph("Điểm tối đa " + decimal(v.maxScore()) + ". Các đơn vị bằng điểm được xếp"
                        + " cùng hạng; \"không nộp\": đơn vị không nộp hồ sơ tự đánh giá."),
                new DocumentBlock.Paragraph("Kết quả trên là bản công bố phiên bản " + v.version()
                        + " có mã băm SHA-256: " + v.sha256()
                        + "; mọi người có thể đối chiếu tại trang kết quả công khai."),
                new DocumentBlock.Paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
                new DocumentBlock.Paragraph("Điều 3. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có tên tại"
                        + " Điều 1 chịu trách nhiệm thi hành Quyết định này.")));
        return new OfficialDocument(
                null,
                issuer,
                "",
                place(committee),
                date,
                "QUYẾT ĐỊNH",
                "Về việc công bố " + subject,
                List.of(),
                body,
                new OfficialDocument.Signature("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", null),
                List.of("Như Điều 3", "Lưu: VT"));
    }

    private static List<String> row(PublishedRankings.Row r, Function<AgencyKind, String> kindNames) {
        return List.of(
                String.valueOf(r.rankOverall()),
                r.agencyName(),
                kindNames.apply(r.kind()),
                decimal(r.score()) + (r.submitted() ? "" : " (không nộp)"),
                r.gradeVi(),
                r.scoreChange() == null
                        ? "Chưa xếp hạng năm trước"
                        : "Điểm " + signed(r.scoreChange()) + "; hạng " + signed(r.rankChange()));
    }

    /** "Ủy ban nhân dân thành phố Huế" → "Huế": the place written before the date. */
    static String place(String committee) {
        if (committee == null) {
            return "";
        }
        return committee.replaceFirst("(?iu)^(ủy|uỷ) ban nhân dân (tỉnh|thành phố)\\s+", "");
    }

    private static String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String signed(Number value) {
        if (value == null) {
            return "—";
        }
        String text = value instanceof BigDecimal d ? decimal(d) : value.toString();
        return value.doubleValue() > 0 ? "+" + text : text;
    }
}
