package vn.khien.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import vn.khien.audit.AuditTampering;
import vn.khien.audit.AuditTrail;
import vn.khien.audit.ChainVerification;
import vn.khien.audit.domain.AuditChain;
import vn.khien.audit.domain.AuditEntry;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * Issue 22, item 5: the application cannot rewrite the audit trail, and what an owner of the table
 * could still do (switch the trigger off and rewrite the chain consistently) is found by verify
 * through the signed checkpoints kept outside the database.
 */
@KhienIntegrationTest
class AuditCheckpointsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    AuditTrail trail;

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theApplicationCanNeitherUpdateNorDeleteNorTruncateAuditRecords() {
        for (String change : List.of(
                "UPDATE audit.audit_record SET actor = 'someone' WHERE seq = 1",
                "DELETE FROM audit.audit_record WHERE seq = (SELECT max(seq) FROM audit.audit_record)",
                "TRUNCATE audit.audit_record")) {
            assertThatThrownBy(() -> jdbc.sql(change).update())
                    .as(change)
                    .isInstanceOf(DataAccessException.class)
                    .satisfies(refused -> assertThat(NestedExceptionUtils.getMostSpecificCause(refused)
                                    .getMessage())
                            .contains("append-only"));
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aCheckpointIsSignedAndItsSignatureHolds() {
        checkpoints.write();
        List<AuditCheckpoints.Checkpoint> written = checkpoints.read();
        assertThat(written).isNotEmpty().allMatch(AuditCheckpoints.Checkpoint::signatureValid);
        assertThat(written.get(written.size() - 1).seq()).isEqualTo(head());
    }

    @Test
    void aCheckpointWhoseSignatureFailsBreaksTheChain() throws Exception {
        checkpoints.write();
        Path file = checkpoints.file();
        List<String> lines = Files.readAllLines(file);
        String last = lines.get(lines.size() - 1);
        String forged =
                last.substring(0, last.lastIndexOf(' ') + 1) + "AAAA" + last.substring(last.lastIndexOf(' ') + 5);
        Files.writeString(file, forged + "\n", StandardOpenOption.APPEND);
        try {
            ChainVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo("checkpoint-signature");
        } finally {
            Files.write(file, lines);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aRemovedTailIsFoundThroughTheLastCheckpoint() {
        checkpoints.write();
        long cut = head() - 2;
        tamperFrom(
                cut,
                sql -> sql.sql("DELETE FROM audit.audit_record WHERE seq >= ?")
                        .param(cut)
                        .update(),
                "removed-tail",
                cut,
                cut);
    }

    @Test
    void aChainRewrittenWithRecomputedHashesIsFoundAtTheCheckpoint() {
        checkpoints.write();
        long anchored = head();
        long from = anchored - 5;
        // broken at the first checkpoint past the rewritten record (this test's, or an earlier test's)
        tamperFrom(from, sql -> rewrite(sql, from, "rewritten"), "checkpoint", from, anchored);
    }

    @Test
    void aRecordInsertedIntoTheChainIsFoundAtTheCheckpoint() {
        checkpoints.write();
        long anchored = head();
        long at = anchored - 5;
        tamperFrom(
                at,
                sql -> {
                    sql.sql("UPDATE audit.audit_record SET seq = -seq WHERE seq >= ?")
                            .param(at)
                            .update();
                    sql.sql("UPDATE audit.audit_record SET seq = 1 - seq WHERE seq < 0")
                            .update();
                    sql.sql("""
                                    INSERT INTO audit.audit_record (seq, occurred_at, actor, action, object_type,
                                        object_id, previous_hash, hash)
                                    SELECT :at, occurred_at, 'dieuphoi', 'identity.user.created', 'user', 'mallory',
                                        '', ''
                                    FROM audit.audit_record WHERE seq = :at + 1""").param("at", at).update();
                    rewrite(sql, at, null);
                },
                "checkpoint",
                at,
                anchored);
    }

    /**
     * Tampers with the records from {@code from} on as the table's owner would, checks that verify
     * reports {@code problem} at a sequence number between the bounds, and puts the chain back.
     */
    private void tamperFrom(
            long from, Consumer<JdbcClient> tamper, String problem, long firstBrokenFrom, long firstBrokenTo) {
        AuditTampering tampering = new AuditTampering(jdbc, transactions);
        List<Map<String, Object>> saved = tampering.recordsFrom(from);
        tampering.bypassingTheTrigger(tamper);
        try {
            ChainVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isEqualTo(problem);
            assertThat(result.firstBrokenSeq()).isBetween(firstBrokenFrom, firstBrokenTo);
        } finally {
            tampering.restoreFrom(from, saved);
        }
        assertThat(verify().intact()).isTrue();
    }

    /** Recomputes every hash from {@code from} on, as a careful attacker would; optionally alters it first. */
    private static void rewrite(JdbcClient sql, long from, String newAfterState) {
        if (newAfterState != null) {
            sql.sql("UPDATE audit.audit_record SET after_state = ? WHERE seq = ?")
                    .params(newAfterState, from)
                    .update();
        }
        String previous = sql.sql("SELECT hash FROM audit.audit_record WHERE seq = ?")
                .param(from - 1)
                .query(String.class)
                .single();
        List<AuditEntry> entries = sql.sql("SELECT * FROM audit.audit_record WHERE seq >= ? ORDER BY seq")
                .param(from)
                .query((rs, n) -> ChainVerifier.entry(rs))
                .list();
        for (AuditEntry entry : entries) {
            String hash = AuditChain.hash(previous, entry);
            sql.sql("UPDATE audit.audit_record SET previous_hash = ?, hash = ?, occurred_at = ? WHERE seq = ?")
                    .params(previous, hash, Timestamp.from(entry.occurredAt()), entry.seq())
                    .update();
            previous = hash;
        }
    }

    private ChainVerification verify() {
        SignedIn.inSecurityContext(accounts, "dieuphoi");
        return trail.verify();
    }

    private long head() {
        return jdbc.sql("SELECT max(seq) FROM audit.audit_record")
                .query(Long.class)
                .single();
    }
}
