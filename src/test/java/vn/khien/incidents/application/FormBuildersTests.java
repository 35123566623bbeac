package vn.khien.incidents.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.incidents.Impact;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.Pap;
import vn.khien.incidents.Tlp;
import vn.khien.incidents.application.FormBuilders.Organisation;
import vn.khien.incidents.domain.Classification;
import vn.khien.incidents.domain.Incident;
import vn.khien.incidents.domain.IncidentReport;
import vn.khien.incidents.domain.Reporting;
import vn.khien.shared.documents.DocumentBlock;
import vn.khien.shared.documents.OfficialDocument;

class FormBuildersTests {

    private static final Instant NOW = Instant.parse("2026-05-10T03:00:00Z");
    private static final Organisation ORG =
            new Organisation("Ủy ban nhân dân thành phố Huế", "Sở Nội vụ", "Phạm Thị Bình");

    private static Incident anIncident() {
        return Incident.report(
                new Reporting(
                        "SC-2026-000042",
                        "H57.02",
                        "SNV.WEB",
                        "canbo.sonv",
                        true,
                        "H57.02",
                        NOW.minus(Duration.ofHours(5)),
                        NOW,
                        null),
                new IncidentReport(
                        "DEFACEMENT",
                        "Trang chủ bị thay đổi giao diện",
                        "Ảnh lạ trên trang chủ",
                        null,
                        "Ngắt kết nối máy chủ",
                        null,
                        "Nguyễn Văn An",
                        "0234 3822 000",
                        "an@snv.vn"),
                new Classification(
                        IncidentSeverity.HIGH, Impact.LOW, Tlp.AMBER_STRICT, Pap.GREEN, "", false, false, false, null),
                List.of());
    }

    @Test
    void form03CarriesTheReportAndTheReportingOrganisation() {
        var document = FormBuilders.form03(
                anIncident(),
                ORG,
                "Cổng thông tin điện tử Sở Nội vụ",
                "Thay đổi giao diện",
                "Huế",
                LocalDate.of(2026, 5, 10));
        assertThat(document.issuer()).isEqualTo("Sở Nội vụ");
        assertThat(document.parentAuthority()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ");
        assertThat(document.kind()).isEqualTo("BÁO CÁO");
        assertThat(document.summary()).contains("Mẫu 03");
        var fields = document.body().stream()
                .filter(DocumentBlock.Fields.class::isInstance)
                .flatMap(b -> ((DocumentBlock.Fields) b).fields().stream())
                .toList();
        assertThat(fields)
                .contains(
                        new DocumentBlock.Field("Số hiệu sự cố", "SC-2026-000042"),
                        new DocumentBlock.Field("Thời điểm phát hiện", "05:00 ngày 10/05/2026"),
                        new DocumentBlock.Field("Mức chia sẻ thông tin", "TLP:AMBER+STRICT"),
                        new DocumentBlock.Field("Người liên hệ", "Nguyễn Văn An, 0234 3822 000, an@snv.vn"));
    }

    @Test
    void form04CarriesTheOutcomeAndTheTasks() {
        var incident = anIncident();
        incident.verify("ungcuu", NOW);
        incident.contain("ungcuu", NOW);
        incident.coordination().addTask("ungcuu", NOW, "Thu thập nhật ký", "Công an tỉnh", null, null);
        incident.recover("ungcuu", NOW, List.of());
        incident.close("ungcuu", NOW, "Lỗ hổng CMS", "Vá hằng tuần", "Đã khôi phục");
        var document = FormBuilders.form04(incident, ORG, null, "Thay đổi giao diện", "Huế", LocalDate.of(2026, 5, 11));
        assertThat(document.body())
                .contains(new DocumentBlock.Table(
                        List.of("Công việc", "Đơn vị thực hiện", "Hoàn thành"),
                        List.of(List.of("Thu thập nhật ký", "Công an tỉnh", ""))));
        assertThat(document.body().toString()).contains("Lỗ hổng CMS", "Vá hằng tuần", "Đã khôi phục");
    }

    @Test
    void form05NumbersTheIncidentsOfThePeriod() {
        var lines = List.of(
                new FormBuilders.SummaryLine("SC-2026-000001", "SNV.WEB", "DEFACEMENT", "CLOSED", NOW),
                new FormBuilders.SummaryLine("SC-2026-000002", "SNV.LAN", "MALWARE", "CONTAINED", NOW));
        var document = FormBuilders.form05(ORG, "6 tháng đầu năm 2026", lines, "Huế", LocalDate.of(2026, 6, 15));
        var table = (DocumentBlock.Table) document.body().get(1);
        assertThat(table.rows()).extracting(r -> r.get(0)).containsExactly("1", "2");
        assertThat(document.body().get(0))
                .isEqualTo(new DocumentBlock.Paragraph("Kỳ báo cáo: 6 tháng đầu năm 2026. Tổng số sự cố: 2."));
    }

    @Test
    void forms04And05AreSignedByTheHeadAsThuTruongCoQuan() {
        var incident = anIncident();
        incident.verify("ungcuu", NOW);
        incident.contain("ungcuu", NOW);
        incident.recover("ungcuu", NOW, List.of());
        incident.close("ungcuu", NOW, "Lỗ hổng CMS", "Vá hằng tuần", "Đã khôi phục");
        var form04 = FormBuilders.form04(incident, ORG, null, "Thay đổi giao diện", "Huế", LocalDate.of(2026, 5, 11));
        var form05 = FormBuilders.form05(ORG, "năm 2026", List.of(), "Huế", LocalDate.of(2026, 12, 10));
        assertThat(List.of(form04.signature(), form05.signature()))
                .containsOnly(new OfficialDocument.Signature("THỦ TRƯỞNG CƠ QUAN", "Phạm Thị Bình"));
    }

    @Test
    void withNoHeadRecordedTheSignerNameIsLeftToWriteByHand() {
        var noHead = new Organisation(null, "Sở Nội vụ", null);
        var document = FormBuilders.form05(noHead, "năm 2026", List.of(), "Huế", LocalDate.of(2026, 12, 10));
        assertThat(document.signature()).isEqualTo(new OfficialDocument.Signature("THỦ TRƯỞNG CƠ QUAN", null));
    }
}
