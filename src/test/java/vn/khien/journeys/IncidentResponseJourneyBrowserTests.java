package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An incident from report to closure in Debian's chromium: an agency officer reports it and is
 * acknowledged with a reference; a responder verifies it, classifies it as AMBER, gives the police a
 * task, contains and recovers it, closes it with its root cause, lessons and final report; Forms 03 and
 * 04 are drawn up and their DOCX and PDF downloads open. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentResponseJourneyBrowserTests extends BrowserJourney {

    @Test
    void anOfficerReportsAndTheResponderHandlesTheIncidentToClosureWithItsForms() throws Exception {
        browser.signIn("canbo.sonv", "Khien-Demo-2026");
        browser.go("/incidents");
        browser.click(By.id("report-incident"));
        browser.type(By.id("systemCode"), "du lieu can bo");
        assertThat(browser.suggestions(By.id("system-options"))).contains("SNV.QLCB");
        browser.type(By.id("systemCode"), "SNV.QLCB"); // what picking the suggestion puts in the field
        String detected = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .minusHours(3)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        browser.date(By.id("detectedAt"), detected);
        browser.choose(By.id("type"), "INTRUSION");
        browser.type(By.id("summary"), "Tài khoản quản trị đăng nhập bất thường từ nước ngoài");
        browser.type(By.id("symptoms"), "Nhiều lần đăng nhập lúc 2 giờ sáng");
        browser.choose(By.id("severity"), "HIGH");
        browser.screenshot("incidents-01-report");
        browser.click(By.id("submit-incident"));
        assertThat(browser.text(By.id("acknowledgement"))).contains("Đã tiếp nhận báo cáo sự cố, số hiệu SC-");
        String reference = browser.text(By.id("incident-reference"));
        browser.click(By.id("tab-documents"));
        browser.click(By.id("generate-FORM_03"));
        assertThat(browser.text(By.id("form-versions"))).contains("Mẫu 03");
        browser.screenshot("incidents-02-acknowledged");
        browser.click(By.id("logout"));

        browser.signIn("ungcuu", "Khien-Demo-2026");
        browser.go("/incidents/" + reference);
        browser.click(By.id("action-VERIFY"));
        assertThat(browser.text(By.id("incident-status"))).isEqualTo("Đã xác minh");
        browser.choose(By.id("c-tlp"), "AMBER");
        browser.choose(By.id("c-severity"), "HIGH");
        browser.click(By.id("classify"));
        assertThat(browser.text()).contains("Đã phân loại sự cố.", "TLP:AMBER");
        assertThat(browser.text(By.id("incident-type"))).isEqualTo("Xâm nhập trái phép");
        browser.click(By.id("tab-coordination"));
        browser.type(By.id("task-title"), "Xác minh địa chỉ IP đăng nhập");
        browser.type(By.id("task-owner"), "Công an tỉnh");
        browser.choose(By.id("task-party"), "POLICE");
        browser.click(By.id("add-task"));
        assertThat(browser.text(By.id("tasks"))).contains("Xác minh địa chỉ IP đăng nhập", "Công an");
        // only the steps possible now are offered: a verified incident can be contained, not eradicated
        browser.click(By.id("tab-overview"));
        assertThat(browser.driver.findElements(By.id("action-ERADICATE"))).isEmpty();
        browser.click(By.id("action-CONTAIN"));
        assertThat(browser.text(By.id("incident-status"))).isEqualTo("Đã ngăn chặn");
        browser.click(By.id("tab-timeline"));
        assertThat(browser.text(By.id("timeline"))).contains("Chuyển trạng thái Đã ngăn chặn");
        browser.click(By.id("tab-overview"));
        browser.click(By.id("action-RECOVER"));
        browser.screenshot("incidents-03-recovered");
        browser.type(By.id("rootCause"), "Mật khẩu quản trị bị lộ qua thư lừa đảo");
        browser.type(By.id("lessonsLearned"), "Bật xác thực hai lớp cho tài khoản quản trị");
        browser.type(By.id("finalReport"), "Đã khóa tài khoản, đổi mật khẩu, rà soát nhật ký");
        browser.click(By.id("close-incident"));
        assertThat(browser.text(By.id("incident-status"))).isEqualTo("Đã đóng");
        browser.click(By.id("tab-documents"));
        browser.click(By.id("generate-FORM_04"));
        browser.screenshot("incidents-04-closed-with-forms");

        String form03 = download(By.id("FORM_03-docx-1"));
        assertThat(form03).contains(reference, "Tài khoản quản trị đăng nhập bất thường");
        assertThat(download(By.id("FORM_04-pdf-1"))).contains(reference, "Mật khẩu quản trị bị lộ");
        assertThat(download(By.id("FORM_04-docx-1"))).contains("Bật xác thực hai lớp");
        assertThat(download(By.id("FORM_03-pdf-1"))).contains("Mẫu 03");
    }

    /** Fetches a link with the browser's session and returns the text of the DOCX or PDF. */
    private String download(By link) throws Exception {
        String href = browser.driver.findElement(link).getAttribute("href");
        String cookies = browser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        if (href.endsWith(".pdf")) {
            try (var pdf = Loader.loadPDF(response.body())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        try (var docx = new XWPFDocument(new ByteArrayInputStream(response.body()));
                var text = new XWPFWordExtractor(docx)) {
            return text.getText();
        }
    }
}
