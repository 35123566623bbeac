package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The registers in Debian's chromium: an agency officer records an IT project with its security lines
 * typed as Vietnamese write amounts and sees the share below 10 %, declares the exception, records a
 * signing certificate; the coordinator accepts the exception. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistersJourneyBrowserTests extends BrowserJourney {

    @Test
    void anOfficerRecordsAPlanAndACertificateAndTheCoordinatorAcceptsTheException() throws Exception {
        browser.signIn("canbo.sonv", "Khien-Demo-2026");
        browser.click(By.linkText("Sổ theo dõi"));
        browser.click(By.id("register-tab-it-plans"));
        browser.click(By.id("new-plan"));
        browser.choose(By.id("agencyCode"), "H57.02");
        String name = "Dự án số hóa hồ sơ công chức " + System.nanoTime() % 10_000;
        browser.type(By.id("name"), name);
        browser.choose(By.id("kind"), "PROJECT");
        browser.type(By.id("yearFrom"), "2026");
        browser.type(By.id("yearTo"), "2027");
        browser.type(By.id("totalBudget"), "2.000.000.000");
        browser.type(By.id("lines0.category"), "Dịch vụ giám sát an toàn thông tin");
        browser.type(By.id("lines0.supplier"), "VNPT Huế");
        browser.type(By.id("lines0.amount"), "150.000.000");
        browser.type(By.id("lines1.category"), "Phần mềm phòng chống mã độc");
        browser.type(By.id("lines1.amount"), "40.000.000");
        browser.screenshot("registers-01-plan-form");
        browser.click(By.id("save-plan"));
        assertThat(browser.text(By.id("share-value"))).isEqualTo("9,50 %");
        assertThat(browser.text(By.id("share-badge"))).isEqualTo("Dưới mức 10 %");
        browser.type(By.id("reason"), "Đã có dịch vụ giám sát chuyên trách theo hợp đồng với VNPT Huế");
        browser.type(By.id("evidence"), "Hợp đồng số 12/2026/HĐ");
        browser.click(By.id("declare-exception"));
        assertThat(browser.text(By.id("exception-status"))).isEqualTo("Chờ Sở quyết định");
        browser.screenshot("registers-02-plan-share-and-exception");

        browser.go("/registers/credentials/new?agency=H57.02");
        browser.type(By.id("holderName"), "Nguyễn Thị Mai");
        browser.type(By.id("holderPosition"), "Văn thư");
        String serial = "J" + System.nanoTime() % 1_000_000;
        browser.type(By.id("certificateSerial"), serial);
        browser.type(By.id("tokenSerial"), "TK-" + serial);
        browser.date(By.id("validFrom"), "2026-01-01");
        browser.date(By.id("validTo"), "2032-01-01");
        browser.click(By.id("save-credential"));
        assertThat(browser.text()).contains("tối đa 5 năm");
        // the re-shown form keeps what was typed, written dd/MM/yyyy in the one date widget
        assertThat(browser.value(By.id("validFrom"))).isEqualTo("01/01/2026");
        browser.date(By.id("validTo"), "2029-01-01");
        browser.click(By.id("save-credential"));
        assertThat(browser.text(By.id("credential-holder"))).isEqualTo("Nguyễn Thị Mai");
        assertThat(browser.text(By.id("credential-status"))).isEqualTo("Đã cấp");
        browser.screenshot("registers-03-credential");

        browser.click(By.id("logout"));
        browser.signIn("dieuphoi", "Khien-Demo-2026");
        browser.go("/registers/it-plans?exception=DECLARED&agency=H57.02");
        browser.click(By.linkText(name));
        browser.type(By.id("note"), "Đã kiểm tra hợp đồng");
        browser.click(By.id("accept"));
        assertThat(browser.text(By.id("exception-status"))).isEqualTo("Được chấp nhận");
        browser.screenshot("registers-04-exception-accepted");
    }
}
