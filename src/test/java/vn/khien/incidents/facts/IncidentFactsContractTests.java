package vn.khien.incidents.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.support.FactContracts;
import vn.khien.support.KhienIntegrationTest;

/** The views of the {@code incidents} schema are what {@link IncidentFacts} tells their readers. */
@KhienIntegrationTest
class IncidentFactsContractTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedViewsMatchTheirDescriptors() {
        assertThat(FactContracts.mismatches(jdbc, "incidents", IncidentFacts.ALL))
                .isEmpty();
    }
}
