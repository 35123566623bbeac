package vn.khien.sharing.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.support.FactContracts;
import vn.khien.support.KhienIntegrationTest;

/** The views of the {@code sharing} schema are what {@link SharingFacts} tells their readers. */
@KhienIntegrationTest
class SharingFactsContractTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedViewsMatchTheirDescriptors() {
        assertThat(FactContracts.mismatches(jdbc, "sharing", SharingFacts.ALL)).isEmpty();
    }
}
