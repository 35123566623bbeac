package vn.khien.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.ApiTokens;
import vn.khien.support.KhienIntegrationTest;

/**
 * The demo province's 2025 reports as the coordinator receives them, and the layout checked by eye: the
 * PDF of a demo report is rendered to PNG with pdftoppm (poppler-utils) into target/screenshots/reports/,
 * its first page and its last (an appendix) kept as artefacts. Skipped where pdftoppm is missing.
 */
@KhienIntegrationTest
class ReportRenderingIntegrationTests {

    static final Path OUT = Path.of("target", "screenshots", "reports");

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoProvinceHasTwoReportsOnTimeOneLateAndTheRestMissingFor2025() throws Exception {
        String json = get("/api/v1/reports?kind=AGENCY_ANNUAL&year=2025");
        assertThat(JsonPath.<List<String>>read(json, "$.items[*].agencyCode"))
                .containsExactlyInAnyOrder("H57.19", "H57.17", "H57.09");
        assertThat(JsonPath.<List<String>>read(json, "$.items[?(@.agencyCode == 'H57.09')].timeliness"))
                .containsExactly("LATE");
        assertThat(JsonPath.<List<String>>read(json, "$.items[?(@.agencyCode == 'H57.19')].timeliness"))
                .containsExactly("ON_TIME");
    }

    @Test
    void theDemoReportRendersToPagesWithItsAppendices() throws Exception {
        String json = get("/api/v1/reports?kind=AGENCY_ANNUAL&year=2025&agency=H57.19");
        long id = JsonPath.<List<Number>>read(json, "$.items[*].id").get(0).longValue();
        var started = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/reports/" + id + "/document")
                        .param("format", "pdf")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andReturn();
        byte[] pdf = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(OUT);
        Path file = OUT.resolve("agency-report-H57.19-2025.pdf");
        Files.write(file, pdf);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "pdftoppm (poppler-utils) is not installed");
        Process render = new ProcessBuilder(
                        "/usr/bin/pdftoppm",
                        "-png",
                        "-r",
                        "70",
                        file.toString(),
                        OUT.resolve("agency-report").toString())
                .redirectErrorStream(true)
                .start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).isZero();
        try (var pages = Files.list(OUT)) {
            assertThat(pages.filter(p -> p.getFileName().toString().matches("agency-report-\\d+\\.png")))
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    String get(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
