package vn.khien.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.khien.support.KhienIntegrationTest;

/** The security workforce: qualifications, training hours against the yearly target, bad input refused. */
@KhienIntegrationTest
class WorkforceIntegrationTests extends RegistersTestSupport {

    @Test
    void trainingHoursCountTowardsTheYearlyTarget() throws Exception {
        long id = staffOf(OFFICER, "H57.02", "Võ Thị Lan");
        postJson(OFFICER, "/api/v1/staff/" + id + "/trainings", """
                        {"course":"ATTT nâng cao","provider":"NCSC","hours":"24.5","attendedOn":"2026-05-04"}""")
                .andExpect(jsonPath("$.trainings[0].hours").value(24.5));
        postJson(OFFICER, "/api/v1/staff/" + id + "/qualifications", """
                        {"name":"CEH","issuer":"EC-Council","obtainedOn":"2025-01-01","expiresOn":"2028-01-01"}""")
                .andExpect(jsonPath("$.qualifications[0].name").value("CEH"));
        getAs(OFFICER, "/api/v1/staff/" + id)
                .andExpect(jsonPath("$.staff.year").value(2026))
                .andExpect(jsonPath("$.staff.belowTarget").value(true));
        postJson(OFFICER, "/api/v1/staff/" + id + "/trainings", """
                        {"course":"Diễn tập","hours":"16","attendedOn":"2026-09-10"}""")
                .andExpect(jsonPath("$.staff.hours").value(40.5))
                .andExpect(jsonPath("$.staff.belowTarget").value(false));
        var hours = jdbc.sql("SELECT hours FROM registers.published_training_hours WHERE staff_id = ? AND year = 2026")
                .param(id)
                .query(BigDecimal.class)
                .single();
        assertThat(hours).isEqualByComparingTo("40.5");
        assertThat(audited("staff", id)).contains("registers.staff.recorded", "registers.staff.training-added");
    }

    @Test
    void aYearOutsideTheCalendarIsRefusedNamingTheYear() throws Exception {
        for (String year : new String[] {"-1", "0", "99999"}) {
            getAs(COORDINATOR, "/api/v1/staff?year=" + year)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("year"));
        }
        getAs(COORDINATOR, "/api/v1/staff?year=2026").andExpect(status().isOk());
        getAs(COORDINATOR, "/registers/staff?year=0").andExpect(status().isBadRequest());
    }

    @Test
    void badInputAnswers400AndChangesNothing() throws Exception {
        long id = staffOf(OFFICER, "H57.02", "Bùi Văn Nam");
        long people = registerCount("staff");
        postJson(OFFICER, "/api/v1/staff", "{\"agencyCode\":\"H57.02\",\"fullName\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("fullName", "securityRole")));
        postJson(
                        OFFICER,
                        "/api/v1/staff/" + id + "/trainings",
                        "{\"course\":\"x\",\"hours\":\"-2\",\"attendedOn\":\"2026-01-01\"}")
                .andExpect(status().isBadRequest());
        postJson(
                        OFFICER,
                        "/api/v1/staff/" + id + "/trainings",
                        "{\"course\":\"x\",\"hours\":\"1.25\",\"attendedOn\":\"2026-01-01\"}")
                .andExpect(status().isBadRequest());
        postJson(
                        OFFICER,
                        "/api/v1/staff/" + id + "/qualifications",
                        "{\"name\":\"x\",\"obtainedOn\":\"2026-01-01\",\"expiresOn\":\"2025-01-01\"}")
                .andExpect(status().isBadRequest());
        postJson(OFFICER, "/api/v1/staff/" + id + "/leave", "{\"leftOn\":\"2020-01-01\"}")
                .andExpect(status().isBadRequest());
        postJson(OFFICER, "/api/v1/staff?role=NOPE", "{}").andExpect(status().isBadRequest());
        getAs(OFFICER, "/api/v1/staff?role=NOPE").andExpect(status().isBadRequest());
        assertThat(registerCount("staff")).isEqualTo(people);
        getAs(OFFICER, "/api/v1/staff/" + id)
                .andExpect(jsonPath("$.trainings").isEmpty())
                .andExpect(jsonPath("$.staff.leftOn").doesNotExist());
    }

    @Test
    void theDemoHasPeopleAboveAndBelowTheTrainingTarget() throws Exception {
        getAs(OFFICER, "/api/v1/staff?agency=H57.02&belowTarget=true")
                .andExpect(jsonPath("$.items[*].fullName", Matchers.hasItem("Trần Thị Bình")))
                .andExpect(jsonPath("$.items[*].fullName", Matchers.not(Matchers.hasItem("Nguyễn Văn An"))));
    }
}
