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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.compliance.evaluation.ActiveRule;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.compliance.evaluation.Subjects;

/**
 * Builds the table a full evaluation swaps in, on two connections at once: the rules are independent,
 * so two workers take them from one queue, then build the indexes side by side (DESIGN.md §6: the whole
 * province in 2 s on 2 cores). The table is committed as it is built, so both connections see it;
 * nothing reads it before the swap.
 */
@Component
class NextObligationTable implements DisposableBean {

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

    /** Evaluates the rules into a new table indexed like the given index definitions; returns its rows. */
    int build(List<ActiveRule> rules, LocalDate day, int soonDays, List<String> indexDefinitions) {
        separately.executeWithoutResult(status -> {
            jdbc.sql("DROP TABLE IF EXISTS " + NAME).update();
            jdbc.sql("CREATE UNLOGGED TABLE " + NAME + " (LIKE compliance.obligation INCLUDING DEFAULTS)")
                    .update();
        });
        try {
            Queue<ActiveRule> queue = new ConcurrentLinkedQueue<>(rules);
            List<Future<Integer>> parts = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                parts.add(workers.submit(() -> separately.execute(status -> {
                    int rows = 0;
                    for (ActiveRule rule = queue.poll(); rule != null; rule = queue.poll()) {
                        rows += evaluator.evaluateInto(NAME, List.of(rule), day, soonDays, Subjects.ALL);
                    }
                    return rows;
                })));
            }
            int rows = 0;
            for (Future<Integer> part : parts) {
                rows += await(part);
            }
            List<Future<Integer>> indexes = indexDefinitions.stream()
                    .map(definition -> workers.submit(() ->
                            separately.execute(status -> jdbc.sql(definition).update())))
                    .toList();
            for (Future<Integer> index : indexes) {
                await(index);
            }
            return rows;
        } catch (RuntimeException e) {
            separately.executeWithoutResult(
                    status -> jdbc.sql("DROP TABLE IF EXISTS " + NAME).update());
            throw e;
        }
    }

    private static int await(Future<Integer> work) {
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
