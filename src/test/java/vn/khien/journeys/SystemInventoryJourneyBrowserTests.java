package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An agency officer's inventory journey in Debian's chromium: find a system without typing accents,
 * register one (the level advice warns), record an address range (a bad one first), start and submit
 * its level dossier, and read its history, which htmx loads into a tab under the page's CSP.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SystemInventoryJourneyBrowserTests extends BrowserJourney {

    @Test
    void anOfficerRegistersASystemRecordsItsAddressesAndSubmitsItsDossier() throws Exception {
        browser.signIn("canbo.sonv", "Khien-Demo-2026");

        browser.click(By.linkText("Hệ thống thông tin"));
        browser.type(By.name("q"), "can bo");
        browser.click(By.cssSelector("#system-filter button"));
        assertThat(browser.text(By.id("systems-table")))
                .contains("Cơ sở dữ liệu cán bộ, công chức, viên chức")
                .doesNotContain("Sở Y tế");
        browser.screenshot("systems-01-search");

        String code = "SNV.J" + System.nanoTime() % 100_000;
        browser.click(By.id("new-system"));
        browser.type(By.id("code"), code);
        browser.type(By.id("name"), "Hệ thống tuyển dụng công chức trực tuyến");
        // the owner is found by its name typed without accents, as on a phone keyboard
        browser.pick(By.id("ownerCode"), "so noi vu", "Sở Nội vụ");
        assertThat(browser.value(By.id("ownerCode-value"))).isEqualTo("H57.02");
        browser.choose(By.id("type"), "CITIZEN_SERVICE");
        browser.choose(By.id("publicServiceLevel"), "3");
        browser.type(By.id("personalDataSubjects"), "25000");
        browser.choose(By.id("proposedLevel"), "2");
        browser.type(By.id("components"), "3 | Cổng tuyển dụng | Máy chủ web");
        browser.screenshot("systems-02-register");
        browser.click(By.id("save-system"));
        assertThat(browser.text())
                .contains("Đã đăng ký hệ thống thông tin.", "Hệ thống tuyển dụng công chức trực tuyến");
        assertThat(browser.text(By.id("level-warning"))).contains("cấp độ 3");
        browser.screenshot("systems-03-detail-with-advice");

        browser.click(By.linkText("Tài sản mạng"));
        browser.type(By.id("value"), "10.157.77.5/24");
        browser.click(By.cssSelector("#asset-form button:not(.date-button)"));
        assertThat(browser.text()).contains("không khớp với độ dài tiền tố");
        browser.type(By.id("value"), "10.157.77.0/24");
        browser.click(By.cssSelector("#asset-form button:not(.date-button)"));
        assertThat(browser.text(By.id("assets-table"))).contains("10.157.77.0/24");
        browser.screenshot("systems-04-assets");

        browser.click(By.linkText("Hồ sơ đề xuất cấp độ"));
        browser.choose(By.id("proposedLevel"), "3");
        browser.click(By.cssSelector("#new-dossier-form button:not(.date-button)"));
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đang soạn");
        browser.click(By.cssSelector("#submit-form button:not(.date-button)"));
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đã trình");
        browser.screenshot("systems-05-dossier-submitted");

        browser.go("/systems/" + code + "?tab=history");
        assertThat(browser.text(By.id("object-history")))
                .contains("Trình hồ sơ đề xuất cấp độ", "Thêm tài sản mạng", "Đăng ký hệ thống thông tin");
        browser.screenshot("systems-06-history");
    }

    @Test
    void theCoordinatorAddsAnAssetAndAProductToADemoSystem() throws Exception {
        browser.signIn("dieuphoi", "Khien-Demo-2026");
        browser.go("/systems/SYT.WEB?tab=assets");
        browser.choose(By.id("kind"), "HOSTNAME");
        browser.type(By.id("value"), "tiemchung-moi.syt.hue.gov.vn");
        browser.click(By.cssSelector("#asset-form button:not(.date-button)"));
        assertThat(browser.text(By.id("assets-table"))).contains("tiemchung-moi.syt.hue.gov.vn");
        browser.screenshot("systems-07-demo-system-asset");

        browser.click(By.linkText("Sản phẩm an toàn thông tin"));
        browser.type(By.id("product"), "Viettel Web Application Firewall");
        browser.type(By.id("vendor"), "Viettel");
        browser.type(By.id("category"), "Tường lửa ứng dụng web");
        browser.choose(By.id("origin"), "DOMESTIC");
        browser.click(By.cssSelector("#product-form button:not(.date-button)"));
        assertThat(browser.text(By.id("products-table"))).contains("Viettel Web Application Firewall");
        browser.screenshot("systems-08-demo-system-product");
    }
}
