package vn.khien.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.khien.reports.ReportArchive;

/**
 * The demo province's annual reports, through reports' public API only: for 2025 three agencies
 * reported (two on time, one on 8 December, late) and the others did not; for the current year three
 * drafts are open. Loaded after scoring, so the published 2025 ranking stays as it was computed.
 */
@Component
class ReportDemoData implements DemoDataset {

    private final ReportArchive reports;
    private final Clock clock;

    ReportDemoData(ReportArchive reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public void load() {
        reports.recordSubmitted(
                "H57.19",
                2025,
                "Các hệ thống thông tin của Sở vận hành ổn định; không xảy ra sự cố nghiêm trọng trong năm.",
                "118/BC-BPTTH",
                LocalDate.of(2025, 12, 1));
        reports.recordSubmitted(
                "H57.17",
                2025,
                "Đã hoàn thành kiểm tra, đánh giá định kỳ các hệ thống cấp độ 3; các điểm yếu mức cao đã được khắc phục.",
                "76/BC-BCHQS",
                LocalDate.of(2025, 12, 3));
        // handed in on 8 December, after "trước ngày 05/12": shown late
        reports.recordSubmitted(
                "H57.09",
                2025,
                "Việc kiểm tra, đánh giá chậm do thay đổi đơn vị tư vấn; báo cáo gửi sau thời hạn.",
                "201/BC-SGDĐT",
                LocalDate.of(2025, 12, 8));
        int year = LocalDate.now(clock).getYear();
        if (year > 2025) {
            for (String agency : new String[] {"H57.19", "H57.17", "H57.09"}) {
                reports.openDraft(agency, year, null);
            }
        }
    }
}
