package vn.khien.audit.application;

import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.audit.AuditTrail;
import vn.khien.audit.ChainVerification;
import vn.khien.audit.domain.AuditChain;
import vn.khien.audit.domain.AuditEntry;
import vn.khien.shared.AuditableEvent;

/**
 * Walks the whole chain in order, streaming rows, and reports the first record whose sequence,
 * previous hash or own hash does not match what was written.
 */
@Service
class ChainVerifier implements AuditTrail {

    private final JdbcTemplate streaming;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChainVerifier(DataSource dataSource, ApplicationEventPublisher events, Clock clock) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public ChainVerification verify() {
        Walk walk = new Walk();
        streaming.query("SELECT * FROM audit.audit_record ORDER BY seq", rs -> {
            if (walk.brokenAt != null) {
                return;
            }
            AuditEntry entry = new AuditEntry(
                    rs.getLong("seq"),
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getString("object_type"),
                    rs.getString("object_id"),
                    rs.getString("before_state"),
                    rs.getString("after_state"),
                    rs.getString("remote_address"));
            walk.check(entry, rs.getString("previous_hash"), rs.getString("hash"));
        });
        Instant now = clock.instant();
        ChainVerification result = walk.brokenAt == null
                ? new ChainVerification(true, walk.checked, null, null, now)
                : new ChainVerification(false, walk.checked, walk.brokenAt, walk.problem, now);
        events.publishEvent(new ChainVerified(result));
        return result;
    }

    /** Each verification is itself recorded, with its outcome. */
    record ChainVerified(ChainVerification result) implements AuditableEvent {

        @Override
        public String action() {
            return "audit.chain.verified";
        }

        @Override
        public String objectType() {
            return "audit-chain";
        }

        @Override
        public String objectId() {
            return "all";
        }

        @Override
        public String after() {
            return result.intact()
                    ? "intact, " + result.recordsChecked() + " records"
                    : "broken at " + result.firstBrokenSeq() + " (" + result.problem() + ")";
        }
    }

    /** State of one walk along the chain. */
    private static final class Walk {
        long checked;
        long expectedSeq = 1;
        String previousHash = AuditChain.GENESIS;
        Long brokenAt;
        String problem;

        void check(AuditEntry entry, String storedPrevious, String storedHash) {
            checked++;
            if (entry.seq() != expectedSeq) {
                fail(expectedSeq, "missing");
            } else if (!previousHash.equals(storedPrevious)) {
                fail(entry.seq(), "previous-hash");
            } else if (!AuditChain.hash(previousHash, entry).equals(storedHash)) {
                fail(entry.seq(), "content");
            }
            previousHash = storedHash;
            expectedSeq = entry.seq() + 1;
        }

        private void fail(long seq, String reason) {
            brokenAt = seq;
            problem = reason;
        }
    }
}
