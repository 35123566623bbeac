package vn.khien.registers.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.support.FactContracts;
import vn.khien.support.KhienIntegrationTest;

/** The views of the {@code registers} schema are what {@link RegisterFacts} tells their readers. */
@KhienIntegrationTest
class RegisterFactsContractTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedViewsMatchTheirDescriptors() {
        assertThat(FactContracts.mismatches(jdbc, "registers", RegisterFacts.ALL))
                .isEmpty();
    }
}
