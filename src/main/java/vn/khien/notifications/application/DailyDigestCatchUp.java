package vn.khien.notifications.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * A node that was down at digest time writes the day's digests when it starts, after the obligations
 * were evaluated at start (order 200); the dedupe keys make this a no-op when the job already ran. It
 * is also what fills the demo's in-app lists. Off with scheduling (tests choose their days).
 */
@Component
@Order(300)
@ConditionalOnProperty(name = "khien.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class DailyDigestCatchUp implements ApplicationRunner {

    private final DailyDigest digest;
    private final Clock clock;
    private final CronExpression cron;

    DailyDigestCatchUp(
            DailyDigest digest, Clock clock, @Value("${khien.notifications.digest.cron:0 30 6 * * *}") String cron) {
        this.digest = digest;
        this.clock = clock;
        this.cron = CronExpression.parse(cron);
    }

    @Override
    public void run(ApplicationArguments args) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        ZonedDateTime dueToday = cron.next(today.atStartOfDay(clock.getZone()).minusNanos(1));
        if (dueToday != null && dueToday.toLocalDate().equals(today) && !dueToday.isAfter(now)) {
            digest.send(today);
        }
    }
}
