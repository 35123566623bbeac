package vn.khien.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issue 23 item 3: an event between modules is recorded in the event publication registry in the
 * publisher's transaction and completed when its listener succeeds. A node that dies after the commit
 * and before the listener ran, or a listener that failed, leaves the publication incomplete; at start a
 * node resubmits what is outstanding, and this job, on one node of the cluster at a time, resubmits
 * every publication left incomplete for longer than {@code khien.events.resubmit-after} (long enough
 * that a listener still running on another node is not started twice). Listeners are idempotent, so a
 * publication delivered twice changes nothing the second time.
 */
@Component
public class IncompleteEventsJob {

    private static final Logger log = LoggerFactory.getLogger(IncompleteEventsJob.class);

    private final IncompleteEventPublications publications;
    private final Duration after;

    IncompleteEventsJob(
            IncompleteEventPublications publications, @Value("${khien.events.resubmit-after:PT5M}") Duration after) {
        this.publications = publications;
        this.after = after;
    }

    @Scheduled(
            fixedDelayString = "${khien.events.resubmit-every:PT1M}",
            initialDelayString = "${khien.events.resubmit-every:PT1M}")
    @SchedulerLock(name = "events.resubmit", lockAtMostFor = "PT10M")
    public void resubmit() {
        log.debug("Resubmitting event publications incomplete for more than {}", after);
        publications.resubmitIncompletePublicationsOlderThan(after);
    }
}
