package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.compliance.evaluation.ActiveRule;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.compliance.evaluation.ObligationEvaluator.Tally;

/**
 * Builds the table a full evaluation swaps in, on two connections at once: the rules are independent,
 * so two workers take them from one queue, then build the indexes side by side (DESIGN.md §6: the whole
 * province in 2 s on 2 cores). The table is committed as it is built, so both connections see it;
 * nothing reads it before the swap.
 */
@Component
class NextObligationTable implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NextObligationTable.class);

    static final String NAME = "compliance.obligation_next";
    private static final int WORKERS = 2;

    private final ObligationEvaluator evaluator;
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread thread = new Thread(r, "obligation-evaluation");
        thread.setDaemon(true);
        return thread;
    });

    NextObligationTable(ObligationEvaluator evaluator, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.evaluator = evaluator;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a build wrote: its rows counted by rule, agency kind and status. */
    record Built(List<Tally> tallies) {

        int rows() {
            return (int) tallies.stream().mapToLong(Tally::obligations).sum();
        }
    }

    /** Evaluates the rules into a new table indexed like the given index definitions. */
    Built build(List<ActiveRule> rules, LocalDate day, int soonDays, List<String> indexDefinitions) {
        long started = System.nanoTime();
        separately.executeWithoutResult(status -> {
            jdbc.sql("DROP TABLE IF EXISTS " + NAME).update();
            jdbc.sql("CREATE UNLOGGED TABLE " + NAME + " (LIKE compliance.obligation INCLUDING DEFAULTS)")
                    .update();
        });
        try {
            Queue<ActiveRule> queue = new ConcurrentLinkedQueue<>(rules);
            List<Future<List<Tally>>> parts = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                parts.add(workers.submit(
                        () -> separately.execute(status -> evaluator.evaluateCounting(NAME, queue, day, soonDays))));
            }
            List<Tally> tallies = new ArrayList<>();
            for (Future<List<Tally>> part : parts) {
                tallies.addAll(await(part));
            }
            long indexing = System.nanoTime();
            log.debug(
                    "{} obligations written in {} ms",
                    tallies.stream().mapToLong(Tally::obligations).sum(),
                    (indexing - started) / 1_000_000);
            List<Future<Integer>> indexes = indexDefinitions.stream()
                    .map(definition -> workers.submit(() ->
                            separately.execute(status -> jdbc.sql(definition).update())))
                    .toList();
            for (Future<Integer> index : indexes) {
                await(index);
            }
            log.debug("{} indexes built in {} ms", indexes.size(), (System.nanoTime() - indexing) / 1_000_000);
            return new Built(tallies);
        } catch (RuntimeException e) {
            separately.executeWithoutResult(
                    status -> jdbc.sql("DROP TABLE IF EXISTS " + NAME).update());
            throw e;
        }
    }

    private static <T> T await(Future<T> work) {
        try {
            return work.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating obligations", e);
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
