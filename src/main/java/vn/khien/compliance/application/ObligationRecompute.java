package vn.khien.compliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.compliance.evaluation.Subjects;

/**
 * Keeps the obligation table current: in full (at start, nightly, after a pack changes) or for the
 * subjects whose facts just changed. Each run holds a transaction-scoped advisory lock, so a full and
 * an incremental run never interleave their deletes and inserts.
 */
@Service
public class ObligationRecompute {

    private static final Logger log = LoggerFactory.getLogger(ObligationRecompute.class);
    private static final long LOCK = 0x6b6869656e01L;

    private final JdbcClient jdbc;
    private final PackCatalogue catalogue;
    private final ObligationEvaluator evaluator;
    private final NextObligationTable next;
    private final Clock clock;
    private final int soonDays;
    private final ObligationSnapshots snapshots;

    ObligationRecompute(
            JdbcClient jdbc,
            PackCatalogue catalogue,
            ObligationEvaluator evaluator,
            NextObligationTable next,
            Clock clock,
            @Value("${khien.compliance.due-soon-days:30}") int soonDays,
            ObligationSnapshots snapshots) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.evaluator = evaluator;
        this.next = next;
        this.clock = clock;
        this.soonDays = soonDays;
        this.snapshots = snapshots;
    }

    /** Re-evaluates every rule for every subject as of today; returns the number of obligations. */
    @Transactional
    public int all() {
        return all(LocalDate.now(clock));
    }

    /** What an on-demand run did and how long it took, measured on the server. */
    public record Run(LocalDate evaluatedOn, int obligations, long durationMicros) {}

    /** The coordinator's on-demand run: everything, or the given agency or system only. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public Run onDemand(String subject) {
        long started = System.nanoTime();
        int count;
        if (subject == null || subject.isBlank()) {
            count = all();
        } else {
            subjects(java.util.Set.of(subject.strip()));
            count = jdbc.sql("SELECT count(*) FROM compliance.obligation WHERE subject_code = :s")
                    .param("s", subject.strip())
                    .query(Integer.class)
                    .single();
        }
        return new Run(evaluatedOn(), count, (System.nanoTime() - started) / 1_000);
    }

    /**
     * A full evaluation is written into a new table without indexes, indexed in bulk, then swapped in
     * for the old one ({@link NextObligationTable}): much faster than deleting and re-inserting every
     * row under indexes, and readers wait only for the swap at the end. The indexes are copied from the
     * current table, so the migration stays their one definition.
     */
    @Transactional
    public int all(LocalDate day) {
        long started = System.nanoTime();
        lock();
        List<String[]> indexes = jdbc.sql(
                        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'compliance' AND tablename = 'obligation'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        NextObligationTable.Built built = next.build(
                catalogue.rulesOwedOn(day),
                day,
                soonDays,
                indexes.stream()
                        .map(index -> index[1].replace(" " + index[0] + " ", " " + index[0] + "_next ")
                                .replace(" ON compliance.obligation ", " ON " + NextObligationTable.NAME + " "))
                        .toList());
        int count = built.rows();
        long swapping = System.nanoTime();
        jdbc.sql("DROP TABLE compliance.obligation").update();
        jdbc.sql("ALTER TABLE compliance.obligation_next RENAME TO obligation").update();
        for (String[] index : indexes) {
            jdbc.sql("ALTER INDEX compliance." + index[0] + "_next RENAME TO " + index[0])
                    .update();
        }
        snapshots.record(day, built.tallies());
        log.debug("swapped in and counted in {} ms", (System.nanoTime() - swapping) / 1_000_000);
        int millis = (int) ((System.nanoTime() - started) / 1_000_000);
        jdbc.sql("""
                        INSERT INTO compliance.evaluation_state (id, evaluated_on, finished_at, duration_ms, obligation_count)
                        VALUES (1, :day, now(), :ms, :count)
                        ON CONFLICT (id) DO UPDATE SET evaluated_on = excluded.evaluated_on,
                            finished_at = excluded.finished_at, duration_ms = excluded.duration_ms,
                            obligation_count = excluded.obligation_count""")
                .param("day", day)
                .param("ms", millis)
                .param("count", count)
                .update();
        log.info("Obligations evaluated for {}: {} in {} ms", day, count, millis);
        return count;
    }

    /**
     * Re-evaluates the obligations of the given agencies and systems for the day the table holds (a
     * change late at night must not mix two days); a table not yet evaluated is filled in full.
     */
    @Transactional
    public void subjects(java.util.Set<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        lock();
        LocalDate day = evaluatedOn();
        if (day == null) {
            all(LocalDate.now(clock));
            return;
        }
        jdbc.sql("DELETE FROM compliance.obligation WHERE subject_code = ANY(CAST(:codes AS text[]))")
                .param("codes", codes.toArray(String[]::new))
                .update();
        evaluator.evaluateInto("compliance.obligation", catalogue.rulesOwedOn(day), day, soonDays, Subjects.of(codes));
    }

    /** The day the obligation table reflects, or null before the first evaluation. */
    public LocalDate evaluatedOn() {
        return jdbc.sql("SELECT evaluated_on FROM compliance.evaluation_state WHERE id = 1")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    int soonDays() {
        return soonDays;
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", LOCK)
                .query(Object.class)
                .single();
    }
}
