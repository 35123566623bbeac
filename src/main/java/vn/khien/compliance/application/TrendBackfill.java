package vn.khien.compliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.evaluation.ObligationEvaluator;

/**
 * Gives the dashboard's trend a past on the first start: the daily snapshots only begin with the first
 * evaluation, so the engine evaluates the province as of the last day of each of the past twelve months
 * (the packs in force then, the records known by then) and records each as that day's snapshot. Runs
 * once: as soon as any day before today has a snapshot it does nothing.
 */
@Component
@Order(210)
class TrendBackfill implements ApplicationRunner {

    static final int MONTHS = 12;

    private static final Logger log = LoggerFactory.getLogger(TrendBackfill.class);
    private static final String TABLE = "obligation_trend_as_of";

    private final JdbcClient jdbc;
    private final ObligationEvaluator evaluator;
    private final PackCatalogue catalogue;
    private final ObligationRecompute recompute;
    private final ObligationSnapshots snapshots;
    private final Clock clock;

    TrendBackfill(
            JdbcClient jdbc,
            ObligationEvaluator evaluator,
            PackCatalogue catalogue,
            ObligationRecompute recompute,
            ObligationSnapshots snapshots,
            Clock clock) {
        this.jdbc = jdbc;
        this.evaluator = evaluator;
        this.catalogue = catalogue;
        this.recompute = recompute;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        fill(LocalDate.now(clock));
    }

    /** The month ends before {@code today} written, or 0 when the history already has a past. */
    @Transactional
    public int fill(LocalDate today) {
        boolean hasPast = jdbc.sql("SELECT EXISTS (SELECT 1 FROM compliance.obligation_snapshot WHERE day < :today)")
                .param("today", today)
                .query(Boolean.class)
                .single();
        if (hasPast) {
            return 0;
        }
        long started = System.nanoTime();
        jdbc.sql("CREATE TEMPORARY TABLE IF NOT EXISTS " + TABLE + " (LIKE compliance.obligation) ON COMMIT DROP")
                .update();
        for (int month = MONTHS; month >= 1; month--) {
            LocalDate monthEnd = today.withDayOfMonth(1).minusMonths(month - 1L).minusDays(1);
            jdbc.sql("TRUNCATE " + TABLE).update();
            snapshots.record(
                    monthEnd,
                    evaluator.evaluateCounting(
                            TABLE,
                            new ConcurrentLinkedQueue<>(catalogue.rulesOwedOn(monthEnd)),
                            monthEnd,
                            recompute.soonDays()));
        }
        log.info(
                "Compliance trend filled with {} month ends evaluated as of their day in {} ms",
                MONTHS,
                (System.nanoTime() - started) / 1_000_000);
        return MONTHS;
    }
}
