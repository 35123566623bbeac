package vn.khien.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** The coordinator's files of a published ranking: XLSX and the draft decision (DOCX, PDF). */
@KhienIntegrationTest
class RankingExportIntegrationTests extends ScoringTestSupport {

    @Test
    void theWorkbookHasTheOverallRankingAndASheetPerKindWithScoresAsTwoDecimalNumbers() throws Exception {
        long id = published(2006);
        byte[] xlsx = download(COORDINATOR, "/scoring/campaigns/" + id + "/exports/ranking.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Xếp hạng chung");
            assertThat(workbook.getSheetName(1)).isEqualTo("Sở, ban, ngành");
            Sheet overall = workbook.getSheetAt(0);
            assertThat(overall.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Điểm (tối đa 10)");
            Row first = overall.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(AGENCY);
            assertThat(first.getCell(4).getNumericCellValue())
                    .as("no focal points in 2006")
                    .isEqualTo(6.0);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Yếu");
            Row other = rowOf(overall, OTHER_AGENCY);
            assertThat(other.getCell(0).getNumericCellValue())
                    .as("ranked after the agency that answered")
                    .isGreaterThan(1);
            assertThat(other.getCell(8).getStringCellValue()).isEqualTo("Không nộp");
            assertThat(rowOf(workbook.getSheetAt(1), OTHER_AGENCY)).isNotNull();
        }
        byte[] english = download(COORDINATOR, "/scoring/campaigns/" + id + "/exports/ranking.xlsx?lang=en");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Overall ranking");
        }
    }

    @Test
    void theDecisionNamesTheBasisTheRankingAndTheSnapshotHashInDocxAndPdf() throws Exception {
        long id = published(2007);
        String sha = jdbc.sql("SELECT snapshot_sha256 FROM scoring.publication_ranking WHERE campaign = ?")
                .param(id)
                .query(String.class)
                .single();
        byte[] docx = download(COORDINATOR, "/api/v1/scoring/campaigns/" + id + "/exports/decision.docx");
        String docxText;
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            docxText = extractor.getText();
        }
        byte[] pdf = download(COORDINATOR, "/scoring/campaigns/" + id + "/exports/decision.pdf");
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String text : new String[] {docxText, pdfText}) {
            assertThat(text)
                    .contains("QUYẾT ĐỊNH", "Chỉ thị số 14/CT-TTg", "phiên bản 1", sha, "Sở Nội vụ", "10,00")
                    .contains("ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ", "không nộp");
        }
    }

    @Test
    void onlyTheCoordinatorExportsAndNothingUnpublishedIsExported() throws Exception {
        long id = published(2008);
        String page = "/scoring/campaigns/" + id + "/exports/";
        String api = "/api/v1/scoring/campaigns/" + id + "/exports/";
        for (String user : new String[] {OFFICER, HEAD, OBSERVER, ASSESSOR}) {
            getAs(user, page + "ranking.xlsx").andExpect(status().isForbidden());
            getAs(user, api + "decision.pdf").andExpect(status().isForbidden());
        }
        publicGet(api + "ranking.xlsx").andExpect(status().isUnauthorized());
        getAs(COORDINATOR, api + "ranking.xlsx?version=2").andExpect(status().isNotFound());
        long open = campaignInSelfAssessment(2009);
        for (String file : new String[] {"ranking.xlsx", "decision.docx", "decision.pdf"}) {
            getAs(COORDINATOR, "/scoring/campaigns/" + open + "/exports/" + file)
                    .andExpect(status().isNotFound());
            getAs(COORDINATOR, "/api/v1/scoring/campaigns/" + open + "/exports/" + file)
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        getAs(COORDINATOR, "/scoring/campaigns/" + id)
                .andExpect(content().string(Matchers.containsString("exports/decision.pdf")));
        getAs(COORDINATOR, "/scoring/campaigns/" + open)
                .andExpect(content().string(Matchers.not(Matchers.containsString("exports/decision.pdf"))));
    }

    @Test
    void theDemoDecisionListsEveryRankedAgencyOfTheProvince() throws Exception {
        long demo = jdbc.sql("SELECT campaign FROM scoring.publication_ranking WHERE year = 2025 LIMIT 1")
                .query(Long.class)
                .single();
        List<String> names = jdbc.sql(
                        "SELECT agency_name FROM scoring.publication_score WHERE campaign = ? ORDER BY rank_overall")
                .param(demo)
                .query(String.class)
                .list();
        byte[] pdf = download(COORDINATOR, "/scoring/campaigns/" + demo + "/exports/decision.pdf");
        Path kept = Path.of("target/screenshots/scoring/quyet-dinh-2025.pdf"); // for reading the layout
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(names.get(0), names.get(names.size() - 1));
        }
    }

    /** A published campaign: the agency answered everything, the other agency nothing. */
    private long published(int year) throws Exception {
        long id = campaignInSelfAssessment(year);
        submit(OFFICER, id, AGENCY, "{\"1.2\":\"YES\"}").andExpect(status().isOk());
        closeAndPublish(id);
        return id;
    }

    private byte[] download(String user, String path) throws Exception {
        var started = getAs(user, path).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static Row rowOf(Sheet sheet, String agencyCode) {
        for (Row row : sheet) {
            if (agencyCode.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        return null;
    }
}
