package vn.khien.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class DownloadsTests {

    @Test
    void namesFilesFromVietnameseTitlesWithoutAccents() {
        assertThat(Downloads.filename("Hệ thống thông tin", LocalDate.of(2026, 11, 25), "xlsx"))
                .isEqualTo("he-thong-thong-tin-2026-11-25.xlsx");
        assertThat(Downloads.filename("Đầu mối — An toàn!", LocalDate.of(2026, 1, 2), "csv"))
                .isEqualTo("dau-moi-an-toan-2026-01-02.csv");
    }

    @Test
    void givesAnAsciiNameAndTheUtf8NameInContentDisposition() {
        HttpHeaders headers = Downloads.headers("Cơ quan \"tỉnh\".xlsx", Downloads.XLSX);
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"co-quan-tinh.xlsx\"; "
                        + "filename*=UTF-8''C%C6%A1%20quan%20%22t%E1%BB%89nh%22.xlsx");
        assertThat(headers.getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(Downloads.CSV.toString()).isEqualTo("text/csv;charset=UTF-8");
    }
}
