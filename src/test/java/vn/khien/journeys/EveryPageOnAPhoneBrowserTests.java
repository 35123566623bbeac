package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every page a role reaches from its menu, as that role sees it: on a 390 px phone no page is wider
 * than the screen (wide tables scroll inside their own frame), and at 1366 px axe-core finds no
 * serious or critical WCAG 2.1 A/AA violation (each page once, for the first role that reaches it).
 * Screenshots of both widths are kept in
 * {@code target/screenshots/pages/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryPageOnAPhoneBrowserTests extends BrowserJourney {

    /** The titles of the error pages (403, 404, 500, bad request): a menu must not lead to one. */
    private static final List<String> ERROR_TITLES =
            List.of("Không có quyền truy cập", "Không tìm thấy", "Yêu cầu không hợp lệ", "Đã có lỗi xảy ra");

    /** Pages axe has checked already for an earlier role: the markup is the same, only the rows differ. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("dieuphoi", "coordinator"),
                Arguments.of("canbo.sonv", "officer"),
                Arguments.of("giamdoc.sonv", "head"),
                Arguments.of("ungcuu", "responder"),
                Arguments.of("giamsat", "provider"),
                Arguments.of("danhgia", "assessor"),
                Arguments.of("congan", "observer"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("roles")
    void everyPageOfTheMenuFitsAPhoneAndHasNoSeriousAccessibilityViolation(String user, String role) throws Exception {
        browser.signIn(user, "Khien-Demo-2026");
        List<String> tooWide = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int n = 0;
        for (String path : menuOf(role)) {
            String name = "pages/" + role + "-" + String.format("%02d", ++n);
            browser.desktop();
            browser.go(path);
            if (ERROR_TITLES.stream().anyMatch(browser.driver.getTitle()::startsWith)) {
                refused.add(path + ": " + browser.driver.getTitle());
            }
            if (CHECKED.add(path)) {
                violations.addAll(browser.seriousViolations(path));
            }
            codes.addAll(codesShownAsText(path));
            browser.screenshot(name + "-1366");
            browser.phone();
            browser.go(path);
            long overflow = (Long)
                    script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow > 0) {
                tooWide.add(path + " is " + overflow + " px wider than the screen: " + widest());
            }
            browser.screenshot(name + "-390");
        }
        assertThat(n).as("pages in the menu of %s", role).isGreaterThan(1);
        assertThat(refused).as("menu entries this role cannot open").isEmpty();
        assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
        assertThat(violations).as("serious or critical WCAG 2.1 AA violations").isEmpty();
        assertThat(codes).as("enum constants or rule ids read as text").isEmpty();
    }

    /**
     * Enum constants ({@code CITIZEN_SERVICE}) and rule ids ({@code ct14.agency-annual-report}) in the
     * text a person reads; a code is fine as secondary text in {@code <code>} or in a tooltip, and text a
     * monitoring tool wrote (marked {@code translate="no"}) is shown as the tool wrote it.
     */
    @SuppressWarnings("unchecked")
    private List<String> codesShownAsText(String path) {
        List<String> found = (List<String>) script("""
                const seen = new Set();
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                const pattern = /\\b(?:[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+|(?:ct14|nd85|qd05|tt03|tt20|tt31|law116)\\.[a-z0-9][a-z0-9.-]*)\\b/g;
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  if (node.parentElement.closest('code, script, style, textarea, [hidden], [translate=no]')) continue;
                  for (const match of node.textContent.matchAll(pattern)) seen.add(match[0]);
                }
                return [...seen].slice(0, 8);""");
        return found.stream().map(code -> path + ": " + code).toList();
    }

    /** Pages below the menus that people read often: a record, its history, an incident. */
    private static final List<String> DETAIL_PAGES = List.of(
            "/agencies/H57.02",
            "/agencies/H57.02?tab=compliance",
            "/agencies/H57.02?tab=incidents",
            "/audit/history/agency/H57.02",
            "/systems/HUE.DVC",
            "/systems/HUE.DVC?tab=compliance",
            "/systems/HUE.DVC?tab=incidents",
            "/audit/history/information-system/HUE.DVC",
            "/incidents/SC-2026-000001");

    /** Home and every page the navigation offers this user, in menu order; the coordinator also reads records. */
    private List<String> menuOf(String role) {
        browser.desktop();
        browser.go("/");
        Set<String> paths = new LinkedHashSet<>(List.of("/"));
        for (WebElement link : browser.driver.findElements(By.cssSelector("nav a.nav-link, nav a.dropdown-item"))) {
            String href = link.getDomAttribute("href");
            if (href != null && href.startsWith("/") && !href.equals("#")) {
                paths.add(href);
            }
        }
        if (role.equals("coordinator")) {
            paths.addAll(DETAIL_PAGES);
        }
        return List.copyOf(paths);
    }

    /** The element that sticks out furthest, to say where to look. */
    private String widest() {
        return String.valueOf(script("""
                let widest = null, right = document.documentElement.clientWidth;
                for (const e of document.body.querySelectorAll('*')) {
                  const r = e.getBoundingClientRect().right;
                  if (r > right) { right = r; widest = e; }
                }
                return widest ? widest.tagName + (widest.id ? '#' + widest.id : '')
                    + '.' + widest.className + ' to ' + Math.round(right) + ' px' : 'none';"""));
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver).executeScript(code);
    }
}
