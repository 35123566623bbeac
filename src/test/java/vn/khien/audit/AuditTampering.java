package vn.khien.audit;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an attacker who owns the audit table can do: switch the append-only trigger off for one
 * transaction and rewrite records. Tests use it to tamper and to put the chain back afterwards (the
 * database is shared by every integration test).
 */
public final class AuditTampering {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public AuditTampering(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs {@code change} with the trigger off, in one transaction (no other connection sees it off). */
    public void bypassingTheTrigger(Consumer<JdbcClient> change) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE audit.audit_record DISABLE TRIGGER audit_record_append_only")
                    .update();
            change.accept(jdbc);
            jdbc.sql("ALTER TABLE audit.audit_record ENABLE TRIGGER audit_record_append_only")
                    .update();
        });
    }

    /** The records from {@code seq} on, to be restored with {@link #restoreFrom}. */
    public List<Map<String, Object>> recordsFrom(long seq) {
        return jdbc.sql("SELECT * FROM audit.audit_record WHERE seq >= ? ORDER BY seq")
                .param(seq)
                .query()
                .listOfRows();
    }

    /** Replaces every record from {@code seq} on with the ones saved by {@link #recordsFrom}. */
    public void restoreFrom(long seq, List<Map<String, Object>> saved) {
        bypassingTheTrigger(sql -> {
            sql.sql("DELETE FROM audit.audit_record WHERE seq >= ?").param(seq).update();
            saved.forEach(row -> sql.sql("""
                            INSERT INTO audit.audit_record (seq, occurred_at, actor, action, object_type, object_id,
                                before_state, after_state, remote_address, previous_hash, hash)
                            VALUES (:seq, :occurred_at, :actor, :action, :object_type, :object_id,
                                :before_state, :after_state, :remote_address, :previous_hash, :hash)""").params(row).update());
        });
    }
}
