package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The coordinator's registry journey in Debian's chromium, the one the registry issue names: register
 * an agency (a wrong code first), appoint both focal points, register its system, run the level
 * dossier to approval, record an address range and a monitoring provider, and find the system on the
 * agency's page. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryJourneyBrowserTests extends BrowserJourney {

    @Test
    void theCoordinatorRegistersAnAgencyItsFocalPointsAndASystemThroughToApproval() throws Exception {
        String code = "H57.08.J" + System.nanoTime() % 10_000;
        browser.signIn("dieuphoi", "Khien-Demo-2026");

        browser.click(By.linkText("Cơ quan, đơn vị"));
        browser.click(By.id("new-agency"));
        browser.type(By.id("code"), "mã có dấu");
        browser.type(By.id("name"), "Trung tâm Chuyển đổi số thành phố Huế");
        browser.choose(By.id("kind"), "PUBLIC_SERVICE_UNIT");
        browser.choose(By.id("parentCode"), "H57.08");
        browser.click(By.id("save-agency"));
        assertThat(browser.text()).contains("Mã chỉ gồm chữ, số");
        browser.screenshot("registry-01-agency-form-error");
        browser.type(By.id("code"), code);
        browser.type(By.id("website"), "https://cds.hue.gov.vn");
        browser.click(By.id("save-agency"));
        assertThat(browser.text()).contains("Đã đăng ký cơ quan, đơn vị.", "Trung tâm Chuyển đổi số thành phố Huế");

        browser.click(By.id("tab-focal-points"));
        appoint("SECURITY_UNIT", "Nguyễn Thị Thu Hà", "ha.ntt@cds.hue.gov.vn");
        appoint("INCIDENT_CONTACT", "Trần Minh Khoa", "khoa.tm@cds.hue.gov.vn");
        assertThat(browser.text(By.id("focal-INCIDENT_CONTACT"))).contains("Trần Minh Khoa");
        browser.screenshot("registry-02-focal-points");

        browser.go("/systems/new");
        String system = code + ".DL";
        browser.type(By.id("code"), system);
        browser.type(By.id("name"), "Nền tảng tích hợp, chia sẻ dữ liệu thành phố");
        browser.choose(By.id("ownerCode"), code);
        browser.choose(By.id("type"), "SHARED_INFRASTRUCTURE");
        browser.choose(By.id("proposedLevel"), "3");
        browser.click(By.id("save-system"));
        assertThat(browser.text()).contains("Đã đăng ký hệ thống thông tin.");

        browser.click(By.linkText("Hồ sơ đề xuất cấp độ"));
        browser.choose(By.id("proposedLevel"), "3");
        browser.click(By.cssSelector("#new-dossier-form button:not(.date-button)"));
        browser.click(By.cssSelector("#submit-form button:not(.date-button)"));
        browser.type(By.id("opinion"), "Hồ sơ đầy đủ; đề xuất cấp độ 3 là phù hợp.");
        browser.click(By.cssSelector("#appraise-form button:not(.date-button)"));
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đã thẩm định");
        browser.type(By.id("decisionNumber"), "2150/QĐ-UBND");
        browser.date(By.id("decisionDate"), "2026-11-20");
        browser.choose(By.id("approverCode"), "H57");
        browser.click(By.cssSelector("#approve-form button:not(.date-button)"));
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đã phê duyệt");
        browser.screenshot("registry-03-dossier-approved");

        browser.go("/systems/" + system + "?tab=assets");
        browser.type(By.id("value"), "10.157.200.0/24");
        browser.click(By.cssSelector("#asset-form button:not(.date-button)"));
        assertThat(browser.text(By.id("assets-table"))).contains("10.157.200.0/24");

        browser.go("/systems/" + system + "?tab=arrangements");
        browser.choose(By.id("service"), "MONITORING");
        browser.choose(By.id("providerCode"), "DV.GIAMSAT-DEMO");
        browser.date(By.id("from"), "2026-12-01");
        browser.click(By.cssSelector("#arrangement-form button:not(.date-button)"));
        assertThat(browser.text(By.id("arrangements-table"))).contains("Giám sát an toàn thông tin");
        browser.screenshot("registry-04-monitoring-provider");

        browser.go("/agencies/" + code + "?tab=systems");
        // the tab's table arrives through htmx; finding the link waits for it
        assertThat(browser.driver.findElement(By.linkText("Nền tảng tích hợp, chia sẻ dữ liệu thành phố")))
                .isNotNull();
        browser.screenshot("registry-05-agency-systems-tab");
    }

    private void appoint(String role, String person, String email) {
        browser.click(By.id("appoint-" + role));
        browser.type(By.id("unitName"), "Phòng Hạ tầng và An toàn thông tin");
        browser.type(By.id("personName"), person);
        browser.type(By.id("position"), "Phó Giám đốc");
        browser.type(By.id("phone"), "0234 3838 123");
        browser.type(By.id("email"), email);
        browser.type(By.id("decisionNumber"), "15/QĐ-TTCĐS");
        browser.click(By.id("save-focal-point"));
        assertThat(browser.text()).contains("Đã phân công đầu mối.");
    }
}
