package vn.khien.scoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;

/** A whole set as XLSX: exported and imported again unchanged; a bad file stores nothing; coordinator only. */
@KhienIntegrationTest
class CriteriaSetFilesIntegrationTests extends ScoringTestSupport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    byte[] exported(String code) throws Exception {
        return mvc.perform(
                        get("/api/v1/scoring/criteria-sets/" + code + "/1/xlsx").with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The workbook with cell {@code ref} of sheet {@code sheet} set to {@code text} and the version to {@code version}. */
    static byte[] changed(byte[] original, int version, int sheet, String ref, String text) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            workbook.getSheetAt(0).getRow(1).getCell(1).setCellValue(version);
            if (ref != null) {
                var at = new org.apache.poi.ss.util.CellReference(ref);
                workbook.getSheetAt(sheet)
                        .getRow(at.getRow())
                        .getCell(at.getCol())
                        .setCellValue(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    ResultActions imported(String user, byte[] bytes) throws Exception {
        return mvc.perform(post("/api/v1/scoring/criteria-sets")
                .with(as(user))
                .contentType(XLSX)
                .content(bytes));
    }

    String json(String code, int version) throws Exception {
        return getAs(COORDINATOR, "/api/v1/scoring/criteria-sets/" + code + "/" + version)
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anExportedSetImportedAsAnotherVersionIsTheSameSet() throws Exception {
        String code = storeSet();
        imported(COORDINATOR, changed(exported(code), 2, 0, null, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));
        for (String part : new String[] {"$.groups", "$.grades", "$.title", "$.agencyKinds", "$.maxPoints"}) {
            org.assertj.core.api.Assertions.assertThat((Object) JsonPath.read(json(code, 2), part))
                    .isEqualTo(JsonPath.read(json(code, 1), part));
        }
        org.assertj.core.api.Assertions.assertThat(audited("scoring-criteria-set", code + "/2"))
                .containsExactly("scoring.criteria-set.stored");
    }

    @Test
    void aBadWorkbookIsAnsweredCellByCellAndNothingIsStored() throws Exception {
        String code = storeSet();
        imported(COORDINATOR, changed(exported(code), 3, 1, "G3", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Trang \"Tiêu chí\", ô G3: Nhập một số")));
        getAs(COORDINATOR, "/api/v1/scoring/criteria-sets/" + code + "/3").andExpect(status().isNotFound());
        imported(COORDINATOR, "not a workbook".getBytes())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("không phải bảng tính")));

        var file = new MockMultipartFile("file", "set.xlsx", XLSX, changed(exported(code), 3, 2, "D3", "5"));
        mvc.perform(multipart("/scoring/criteria-sets/import").file(file).with(as(COORDINATOR)))
                .andExpect(redirectedUrl("/scoring/criteria-sets"))
                .andExpect(flash().attribute(
                                "importProblems",
                                hasItem(containsString("Trang \"Xếp loại\", ô D3: Mức xếp loại thấp nhất"))));
    }

    @Test
    void aWorkbookOfAFrozenVersionIsRefusedAndTheUploadPageImportsANewOne() throws Exception {
        long id = campaign(2008);
        String code = JsonPath.read(
                getAs(COORDINATOR, path(id)).andReturn().getResponse().getContentAsString(), "$.setCode");
        imported(COORDINATOR, changed(exported(code), 1, 1, "E2", "Đổi tên")).andExpect(status().isConflict());

        var file = new MockMultipartFile("file", "set.xlsx", XLSX, changed(exported(code), 4, 0, null, null));
        mvc.perform(multipart("/scoring/criteria-sets/import").file(file).with(as(COORDINATOR)))
                .andExpect(redirectedUrl("/scoring/criteria-sets/" + code + "/4"));
    }

    @Test
    void onlyTheCoordinatorExportsAndImports() throws Exception {
        String code = storeSet();
        byte[] workbook = changed(exported(code), 5, 0, null, null);
        for (String user : new String[] {OFFICER, HEAD, OBSERVER, PROVIDER}) {
            getAs(user, "/api/v1/scoring/criteria-sets/" + code + "/1/xlsx").andExpect(status().isForbidden());
            getAs(user, "/scoring/criteria-sets/" + code + "/1/xlsx").andExpect(status().isForbidden());
            imported(user, workbook).andExpect(status().isForbidden());
            mvc.perform(multipart("/scoring/criteria-sets/import")
                            .file(new MockMultipartFile("file", "set.xlsx", XLSX, workbook))
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
        getAs(COORDINATOR, "/api/v1/scoring/criteria-sets/" + code + "/5").andExpect(status().isNotFound());
    }
}
