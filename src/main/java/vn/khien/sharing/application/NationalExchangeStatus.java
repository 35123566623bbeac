package vn.khien.sharing.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.sharing.NationalExchange;

/** {@link NationalExchange} from the remote collections pulled into the national centre's API root. */
@Service
class NationalExchangeStatus implements NationalExchange {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;

    NationalExchangeStatus(
            JdbcClient jdbc, Clock clock, @Value("${khien.sharing.national-exchange.window:PT24H}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
    }

    @Override
    public Status status() {
        return jdbc.sql("""
                        SELECT count(*) AS remotes, max(r.last_success_at) AS last_success
                          FROM sharing.remote_source r JOIN sharing.collection c ON c.id = r.into_collection
                         WHERE c.api_root = 'national'""")
                .query((rs, n) -> {
                    Timestamp last = rs.getTimestamp("last_success");
                    Instant success = last == null ? null : last.toInstant();
                    boolean working =
                            success != null && success.isAfter(clock.instant().minus(window));
                    return new Status(working, success, rs.getLong("remotes") > 0, window);
                })
                .single();
    }
}
