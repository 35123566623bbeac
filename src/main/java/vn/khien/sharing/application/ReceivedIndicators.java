package vn.khien.sharing.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.monitoring.ThreatIndicators;
import vn.khien.sharing.stix.IndicatorPattern;
import vn.khien.sharing.stix.StixTime;

/**
 * The monitoring intake's {@link ThreatIndicators}: the newest version of every indicator in the
 * inbound collections (what the national centre and peers sent), not revoked, with a matchable
 * pattern, held in memory ({@link IndicatorSet}). Every change to stored objects bumps {@code
 * sharing.indicator_set.version}; each node reads that one number at most every {@code
 * khien.sharing.indicators.check-every} (and at once after a change made on this node) and rebuilds
 * its set when it moved, so several nodes agree within that time without a query per alert.
 */
@Component
class ReceivedIndicators implements ThreatIndicators {

    private static final Logger log = LoggerFactory.getLogger(ReceivedIndicators.class);

    private final JdbcClient jdbc;
    private final long checkEveryNanos;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile IndicatorSet set = IndicatorSet.EMPTY;
    private volatile long version = -1;
    private volatile long checkedAt = System.nanoTime();
    private volatile boolean stale = true;

    ReceivedIndicators(JdbcClient jdbc, @Value("${khien.sharing.indicators.check-every:PT5S}") Duration checkEvery) {
        this.jdbc = jdbc;
        this.checkEveryNanos = checkEvery.toNanos();
    }

    /** Built at start, so that the first batch of alerts does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        current();
    }

    @Override
    public List<Hit> match(Observables observables, Instant at) {
        return current().match(observables, at);
    }

    /** A change was committed on this node: the next match checks the version first. */
    void changed() {
        stale = true;
    }

    /** The set, rebuilt by one caller when the version moved; the others go on with the old set. */
    IndicatorSet current() {
        if ((stale || System.nanoTime() - checkedAt > checkEveryNanos) && checking.compareAndSet(false, true)) {
            try {
                stale = false;
                checkedAt = System.nanoTime();
                long now = jdbc.sql("SELECT version FROM sharing.indicator_set")
                        .query(Long.class)
                        .single();
                if (now != version) {
                    set = load();
                    version = now;
                }
            } catch (RuntimeException e) {
                // the intake must go on: the old set stays until the database answers again
                log.warn("Received indicators not refreshed: {}", e.getMessage());
            } finally {
                checking.set(false);
            }
        }
        return set;
    }

    private IndicatorSet load() {
        List<IndicatorSet.Active> active = new ArrayList<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (o.stix_id) o.stix_id, o.tlp,
                               coalesce(o.body ->> 'name', o.body ->> 'pattern') AS label,
                               o.body ->> 'pattern' AS pattern, o.body ->> 'pattern_type' AS pattern_type,
                               o.body ->> 'valid_from' AS valid_from, o.body ->> 'valid_until' AS valid_until,
                               coalesce(o.body -> 'revoked' = 'true'::jsonb, false) AS revoked
                          FROM sharing.stix_object o JOIN sharing.collection c ON c.id = o.collection_id
                         WHERE c.direction = 'INBOUND' AND o.type = 'indicator' AND o.latest
                         ORDER BY o.stix_id, o.version DESC""").query(rs -> {
            if (rs.getBoolean("revoked")) {
                return;
            }
            IndicatorPattern pattern = IndicatorPattern.read(rs.getString("pattern"), rs.getString("pattern_type"));
            if (pattern.matchable()) {
                String label = rs.getString("label");
                active.add(new IndicatorSet.Active(
                        rs.getString("stix_id"),
                        label.length() > 200 ? label.substring(0, 200) : label,
                        rs.getString("tlp"),
                        StixTime.parse(rs.getString("valid_from")).orElse(null),
                        StixTime.parse(rs.getString("valid_until")).orElse(null),
                        pattern.observables()));
            }
        });
        log.info("Received indicators: {} active and matchable", active.size());
        return new IndicatorSet(active);
    }
}
