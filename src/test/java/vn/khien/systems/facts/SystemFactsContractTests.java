package vn.khien.systems.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.support.FactContracts;
import vn.khien.support.KhienIntegrationTest;

/** The views of the {@code systems} schema are what {@link SystemFacts} tells their readers. */
@KhienIntegrationTest
class SystemFactsContractTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedViewsMatchTheirDescriptors() {
        assertThat(FactContracts.mismatches(jdbc, "systems", SystemFacts.ALL)).isEmpty();
    }
}
