package vn.khien.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 22 item 7: script payloads stored through the API's text fields (an agency, a system and its
 * components, an incident) come back on every page that shows them as text: the page shows the payload
 * as typed, and no element, script or {@code javascript:} link of the payload exists in the document,
 * whatever the Content-Security-Policy would have blocked anyway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredScriptsBrowserTests extends BrowserJourney {

    private static final String ADMIN_PASSWORD = "Bao-Ve-Tinh-2026";

    /** Each payload tries to set the page title or leave an element with an id starting "xss-". */
    private static final List<String> PAYLOADS = List.of(
            "<script>document.title='xss-1'</script>",
            "\"><img id=\"xss-2\" src=\"x\" onerror=\"document.title='xss-2'\">",
            "'><svg id='xss-3' onload=\"document.title='xss-3'\"></svg>",
            "</textarea></title><b id=\"xss-4\">x</b>",
            "javascript:document.title='xss-5'",
            "<a id=\"xss-6\" href=\"javascript:document.title='xss-6'\">x</a>");

    private static final String CHECK = """
            return {
              title: document.title.startsWith('xss-'),
              elements: document.querySelectorAll('[id^="xss-"]').length,
              scripts: [...document.scripts].filter(s => s.textContent.includes('xss-')).length,
              links: document.querySelectorAll('a[href^="javascript:"]').length,
              text: document.body.innerText
            };""";

    @Test
    void scriptPayloadsInStoredTextAreShownAsTextAndNeverBecomeElements() throws Exception {
        long run = System.nanoTime() % 1_000_000;
        String agency = "XSS" + run;
        String system = "XSS.SYS" + run;
        post(
                "/api/v1/agencies",
                Map.of(
                        "code",
                        agency,
                        "name",
                        "Cơ quan " + PAYLOADS.get(0),
                        "shortName",
                        PAYLOADS.get(3).substring(0, 30),
                        "kind",
                        "PROVINCIAL_DEPARTMENT",
                        "parentCode",
                        "H57",
                        "address",
                        PAYLOADS.get(1)));
        post(
                "/api/v1/systems",
                Map.of(
                        "code",
                        system,
                        "name",
                        "Hệ thống " + PAYLOADS.get(2),
                        "ownerCode",
                        agency,
                        "type",
                        "INTERNAL",
                        "proposedLevel",
                        2,
                        "components",
                        List.of(Map.of("name", PAYLOADS.get(5), "description", PAYLOADS.get(4), "level", 2))));
        String incident = post(
                        "/api/v1/incidents",
                        Map.of(
                                "systemCode",
                                system,
                                "detectedAt",
                                "2026-12-01T08:00:00+07:00",
                                "type",
                                "MALWARE",
                                "summary",
                                PAYLOADS.get(1),
                                "symptoms",
                                PAYLOADS.get(0),
                                "scope",
                                PAYLOADS.get(3),
                                "contactName",
                                PAYLOADS.get(2).substring(0, 40),
                                "severity",
                                "MEDIUM"))
                .path("reference")
                .asString();

        browser.signIn("admin", ADMIN_PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/agencies?q=" + URLEncoder.encode(agency, StandardCharsets.UTF_8), PAYLOADS.get(0));
        pages.put("/agencies/" + agency, PAYLOADS.get(1));
        pages.put("/systems?q=" + URLEncoder.encode(system, StandardCharsets.UTF_8), PAYLOADS.get(2));
        pages.put("/systems/" + system, PAYLOADS.get(5));
        pages.put("/incidents/" + incident, PAYLOADS.get(0));
        pages.put("/incidents?system=" + URLEncoder.encode(system, StandardCharsets.UTF_8), incident);
        pages.put("/admin/audit", "xss-");
        for (var page : pages.entrySet()) {
            browser.go(page.getKey());
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeScript(CHECK);
            assertThat((String) seen.get("text"))
                    .as(page.getKey() + " shows the payload as text")
                    .contains(page.getValue());
            assertThat(seen)
                    .as(page.getKey())
                    .containsEntry("title", false)
                    .containsEntry("elements", 0L)
                    .containsEntry("scripts", 0L)
                    .containsEntry("links", 0L);
        }
        browser.screenshot("stored-scripts-audit");
    }

    private tools.jackson.databind.JsonNode post(String path, Map<String, Object> body) throws Exception {
        var json = JsonMapper.builder().build();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                // the first administrator's API token (KHIEN_ADMIN_TOKEN, set for the tests)
                                .header("Authorization", "Bearer " + System.getProperty("khien.admin.token"))
                                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }
}
