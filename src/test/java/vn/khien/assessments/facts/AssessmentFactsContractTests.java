package vn.khien.assessments.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.support.FactContracts;
import vn.khien.support.KhienIntegrationTest;

/** The views of the {@code assessments} schema are what {@link AssessmentFacts} tells their readers. */
@KhienIntegrationTest
class AssessmentFactsContractTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedViewsMatchTheirDescriptors() {
        assertThat(FactContracts.mismatches(jdbc, "assessments", AssessmentFacts.ALL))
                .isEmpty();
    }
}
