package vn.khien.compliance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.ApiTokens;

/** Records an attestation through the registers API and has the coordinator accept it. */
record Attestations(MockMvc mvc) {

    void accepted(String agency, String kind, String title, LocalDate attestedOn) throws Exception {
        String created = mvc.perform(post("/api/v1/attestations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"agencyCode":"%s","kind":"%s","title":"%s","attestedOn":"%s","evidence":"Công văn số 12/BC"}""".formatted(agency, kind, title, attestedOn))
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/api/v1/attestations/" + JsonPath.read(created, "$.id") + "/decision")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accept\":true}")
                        .with(ApiTokens.bearer("dieuphoi")))
                .andExpect(status().isOk());
    }
}
