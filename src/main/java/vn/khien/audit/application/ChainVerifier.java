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

    private final AuditCheckpoints checkpoints;

    ChainVerifier(DataSource dataSource, ApplicationEventPublisher events, Clock clock, AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public ChainVerification verify() {
        Walk walk = new Walk(checkpoints.read());
        streaming.query("SELECT * FROM audit.audit_record ORDER BY seq", rs -> {
            if (walk.brokenAt != null) {
                return;
            }
            walk.check(entry(rs), rs.getString("previous_hash"), rs.getString("hash"));
        });
        walk.end();
        Instant now = clock.instant();
        ChainVerification result = walk.brokenAt == null
                ? new ChainVerification(true, walk.checked, null, null, now)
                : new ChainVerification(false, walk.checked, walk.brokenAt, walk.problem, now);
        events.publishEvent(new ChainVerified(result));
        return result;
    }

    /** One stored record's hashed content. */
    static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("remote_address"));
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

    /**
     * State of one walk along the chain. Besides the links between records, each record a signed
     * checkpoint names must still carry the hash anchored then (a rewrite with recomputed hashes, or a
     * record inserted before it, changes it), and no checkpoint may name a record past the head (a cut
     * tail). A checkpoint whose signature fails is itself a break.
     */
    private static final class Walk {
        final java.util.Map<Long, String> anchors = new java.util.HashMap<>();
        long checked;
        long expectedSeq = 1;
        String previousHash = AuditChain.GENESIS;
        Long brokenAt;
        String problem;

        Walk(java.util.List<AuditCheckpoints.Checkpoint> checkpoints) {
            for (AuditCheckpoints.Checkpoint checkpoint : checkpoints) {
                if (!checkpoint.signatureValid() && brokenAt == null) {
                    fail(checkpoint.seq(), "checkpoint-signature");
                }
                anchors.put(checkpoint.seq(), checkpoint.hash());
            }
        }

        void check(AuditEntry entry, String storedPrevious, String storedHash) {
            if (brokenAt != null) {
                return;
            }
            checked++;
            if (entry.seq() != expectedSeq) {
                fail(expectedSeq, "missing");
            } else if (!previousHash.equals(storedPrevious)) {
                fail(entry.seq(), "previous-hash");
            } else if (!AuditChain.hash(previousHash, entry).equals(storedHash)) {
                fail(entry.seq(), "content");
            } else if (anchors.containsKey(entry.seq())
                    && !anchors.get(entry.seq()).equals(storedHash)) {
                fail(entry.seq(), "checkpoint");
            }
            previousHash = storedHash;
            expectedSeq = entry.seq() + 1;
        }

        void end() {
            long lastAnchored =
                    anchors.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            if (brokenAt == null && lastAnchored >= expectedSeq) {
                fail(expectedSeq, "removed-tail");
            }
        }

        private void fail(long seq, String reason) {
            brokenAt = seq;
            problem = reason;
        }
    }
}
