package vn.khien.reports.application;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.identity.Viewer;
import vn.khien.reports.domain.Report;

/**
 * Generates a report version's files in the background, one report at a time per version, so the user
 * may leave the page and come back: the page polls the progress (htmx) until the files are kept. The
 * progress is a row of {@code reports.report_generation} (issue 23), so any node answers the polling and
 * no second node starts the same generation; a row not moved for {@link #STALE} (its node died) may be
 * started again. The files themselves are kept in the database and the file store.
 */
@Service
public class ReportGeneration implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportGeneration.class);

    private final ReportManagement management;
    private final ReportAccess access;
    private final ReportFiles files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private static final java.time.Duration STALE = java.time.Duration.ofMinutes(10);

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    /** Progress is written beside the generation's transaction, so that pollers see it move before the commit. */
    private final TransactionTemplate beside;

    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "report-generation");
        thread.setDaemon(true);
        return thread;
    });

    ReportGeneration(
            ReportManagement management,
            ReportAccess access,
            ReportFiles files,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.management = management;
        this.access = access;
        this.files = files;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.beside = new TransactionTemplate(transactions);
        this.beside.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Where a generation stands: {@code step} of {@code steps} done; {@code failed} when it stopped.
     *
     * @param percent 0–100, for the progress bar
     */
    public record Progress(int step, int steps, boolean failed) {
        public int percent() {
            return step * 100 / steps;
        }

        public boolean finished() {
            return failed || step == steps;
        }
    }

    /** Starts generating the version's files unless it is already under way; the same access as a download. */
    public Progress start(long id) {
        Viewer viewer = access.participant();
        Report report = management.load(viewer, id);
        // one statement claims the row: a fresh start, a finished or failed one, or a stale one (its node died)
        boolean claimed = jdbc.sql("""
                        INSERT INTO reports.report_generation AS g (report_id, step, steps, failed, updated_at)
                        VALUES (:id, 0, :steps, false, now())
                        ON CONFLICT (report_id) DO UPDATE SET step = 0, steps = :steps, failed = false, updated_at = now()
                         WHERE g.failed OR g.step >= g.steps OR g.updated_at < now() - make_interval(secs => :stale)""")
                        .param("id", report.id())
                        .param("steps", ReportFiles.STEPS)
                        .param("stale", STALE.toSeconds())
                        .update()
                == 1;
        if (claimed) {
            workers.execute(new DelegatingSecurityContextRunnable(() -> generate(report.id(), viewer.actor())));
        }
        return current(report.id()).orElseThrow();
    }

    /** The progress of the version's latest generation, if it was ever started. */
    public java.util.Optional<Progress> progress(long id) {
        Viewer viewer = access.participant();
        management.load(viewer, id);
        return current(id);
    }

    private java.util.Optional<Progress> current(long id) {
        return jdbc.sql("SELECT step, steps, failed FROM reports.report_generation WHERE report_id = :id")
                .param("id", id)
                .query((rs, n) -> new Progress(rs.getInt("step"), rs.getInt("steps"), rs.getBoolean("failed")))
                .optional();
    }

    private void moved(long id, int step, boolean failed) {
        beside.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE reports.report_generation SET step = greatest(step, :step), failed = :failed, updated_at = now()
                         WHERE report_id = :id""")
                .param("id", id)
                .param("step", step)
                .param("failed", failed)
                .update());
    }

    private void generate(long id, String actor) {
        try {
            transaction.executeWithoutResult(status -> {
                Report report = management.reports().findById(id).orElseThrow();
                // the last step is reached only once the files are committed (below)
                var kept =
                        files.generate(report, actor, step -> moved(id, Math.min(step, ReportFiles.STEPS - 1), false));
                events.publishEvent(report.documentEvent(
                        "documents-generated",
                        "PDF "
                                + kept.get(vn.khien.reports.domain.DocumentFormat.PDF)
                                        .sha256()));
            });
            moved(id, ReportFiles.STEPS, false);
        } catch (RuntimeException e) {
            log.warn("Report {}: generating its files failed", id, e);
            moved(id, 0, true);
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
