package vn.khien.reports.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * progress lives in memory only; the files themselves are kept in the database and the file store.
 */
@Service
public class ReportGeneration implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportGeneration.class);

    private final ReportManagement management;
    private final ReportAccess access;
    private final ReportFiles files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Map<Long, Progress> running = new ConcurrentHashMap<>();
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
            PlatformTransactionManager transactions) {
        this.management = management;
        this.access = access;
        this.files = files;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
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
        Progress current = running.get(id);
        if (current != null && !current.finished()) {
            return current;
        }
        Progress first = new Progress(0, ReportFiles.STEPS, false);
        running.put(id, first);
        workers.execute(new DelegatingSecurityContextRunnable(() -> generate(report.id(), viewer.actor())));
        return first;
    }

    /** The progress of the version's generation started in this run of the application, if any. */
    public java.util.Optional<Progress> progress(long id) {
        Viewer viewer = access.participant();
        management.load(viewer, id);
        return java.util.Optional.ofNullable(running.get(id));
    }

    private void generate(long id, String actor) {
        try {
            transaction.executeWithoutResult(status -> {
                Report report = management.reports().findById(id).orElseThrow();
                var kept = files.generate(
                        report, actor, step -> running.put(id, new Progress(step, ReportFiles.STEPS, false)));
                events.publishEvent(report.documentEvent(
                        "documents-generated",
                        "PDF "
                                + kept.get(vn.khien.reports.domain.DocumentFormat.PDF)
                                        .sha256()));
            });
        } catch (RuntimeException e) {
            log.warn("Report {}: generating its files failed", id, e);
            running.put(
                    id,
                    new Progress(
                            running.getOrDefault(id, new Progress(0, ReportFiles.STEPS, true))
                                    .step(),
                            ReportFiles.STEPS,
                            true));
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
