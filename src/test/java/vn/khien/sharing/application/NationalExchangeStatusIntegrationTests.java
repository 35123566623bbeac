package vn.khien.sharing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.sharing.NationalExchange;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * Layer 4 as it works: the exchange with the national centre works while the last successful pull into
 * the national root is within the window, and the compliance dashboard shows it beside the layers.
 */
@KhienIntegrationTest
class NationalExchangeStatusIntegrationTests {

    /** Later than any pull a test makes, so this row holds the last success whatever else ran. */
    private static final Instant PULLED = Instant.parse("2099-06-01T00:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private final UUID remote = UUID.randomUUID();
    private final UUID collection = UUID.randomUUID();

    @BeforeEach
    void aRemoteOfTheNationalCentrePulledSuccessfully() {
        jdbc.sql("INSERT INTO sharing.collection (id, api_root, title, direction, created_at)"
                        + " VALUES (?, 'national', ?, 'INBOUND', now())")
                .params(collection, "Layer 4 " + collection)
                .update();
        jdbc.sql(
                        "INSERT INTO sharing.remote_source (id, collection_url, into_collection, last_polled_at,"
                                + " last_success_at, created_at) VALUES (?, 'https://ncsc.example/taxii2/r/collections/c/', ?, ?, ?, now())")
                .params(remote, collection, Timestamp.from(PULLED), Timestamp.from(PULLED))
                .update();
    }

    @AfterEach
    void removeIt() {
        jdbc.sql("DELETE FROM sharing.remote_source WHERE id = ?").param(remote).update();
        jdbc.sql("DELETE FROM sharing.collection WHERE id = ?")
                .param(collection)
                .update();
    }

    private NationalExchange.Status at(Instant now) {
        return new NationalExchangeStatus(jdbc, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(24)).status();
    }

    @Test
    void worksWithinTheWindowAfterTheLastSuccessfulPullAndNotAfter() {
        NationalExchange.Status soon = at(PULLED.plus(Duration.ofHours(23)));
        assertThat(soon.working()).isTrue();
        assertThat(soon.lastSuccess()).isEqualTo(PULLED);
        assertThat(soon.configured()).isTrue();
        assertThat(at(PULLED.plus(Duration.ofHours(24))).working()).isFalse();
    }

    @Test
    void aFailedPullAfterwardsDoesNotHideTheLastSuccess() {
        jdbc.sql("UPDATE sharing.remote_source SET last_polled_at = ?, last_error = 'HTTP 503' WHERE id = ?")
                .params(Timestamp.from(PULLED.plus(Duration.ofHours(1))), remote)
                .update();
        NationalExchange.Status status = at(PULLED.plus(Duration.ofHours(2)));
        assertThat(status.working()).isTrue();
        assertThat(status.lastSuccess()).isEqualTo(PULLED);
    }

    @Test
    void theDashboardShowsTheExchangeBesideTheFourLayers() throws Exception {
        mvc.perform(get("/compliance").with(SignedIn.as(users, "dieuphoi")))
                .andExpect(content().string(Matchers.containsString("id=\"national-exchange\"")))
                .andExpect(content().string(Matchers.containsString("01/06/2099")));
    }
}
