package vn.khien.shared.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.systems.SystemsTestSupport;

/** The type-ahead pickers' searches: accents ignored, the user's scope applied, short answers. */
@KhienIntegrationTest
class PickerIntegrationTests extends SystemsTestSupport {

    @Test
    void anAgencyIsFoundByItsNameTypedWithoutAccents() throws Exception {
        getAs("dieuphoi", "/pickers/agencies?q=so noi vu")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].value").value("H57.02"))
                .andExpect(jsonPath("$[0].label").value("Sở Nội vụ"));
    }

    @Test
    void anAgencyUserIsOfferedOnlyAgenciesInScopeWhateverTheText() throws Exception {
        getAs("canbo.sonv", "/pickers/agencies?q=so")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].value", Matchers.everyItem(Matchers.is("H57.02"))));
        getAs("canbo.sonv", "/pickers/agencies?code=H57.10")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anEmptyTextOffersNothingAndAnswersAreAtMostTwenty() throws Exception {
        getAs("dieuphoi", "/pickers/agencies?q=")
                .andExpect(jsonPath("$.length()").value(0));
        getAs("dieuphoi", "/pickers/agencies?q=u")
                .andExpect(jsonPath("$.length()").value(PickerOption.LIMIT));
    }

    @Test
    void systemsAreSearchedWithinTheSystemListsOwnScope() throws Exception {
        getAs("canbo.sonv", "/pickers/systems?q=SNV.QLCB")
                .andExpect(jsonPath("$[0].value").value("SNV.QLCB"));
        getAs("canbo.syt", "/pickers/systems?code=SNV.QLCB")
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aRuleIsFoundByWordsOfItsTitleAndByItsId() throws Exception {
        getAs("canbo.sonv", "/pickers/rules?q=bao cao ket qua kiem tra")
                .andExpect(jsonPath("$[*].value", Matchers.hasItem("ct14.agency-annual-report")));
        getAs("canbo.sonv", "/pickers/rules?code=ct14.agency-annual-report")
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].label", Matchers.not(Matchers.containsString("ct14."))));
    }

    @Test
    void pickersAnswerNothingBeforeSignIn() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/pickers/agencies?q=so"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(""));
    }
}
