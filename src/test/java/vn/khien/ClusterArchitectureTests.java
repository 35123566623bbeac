package vn.khien;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Issue 23 item 2: several nodes share one database, so every scheduled job runs on one node at a time.
 * A {@code @Scheduled} method without {@code @SchedulerLock} would run on every node at once.
 */
class ClusterArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.khien");

    /** The rule itself, so that it can be shown to catch a method without a lock. */
    static final ArchRule SCHEDULED_JOBS_TAKE_THE_CLUSTER_LOCK = methods()
            .that()
            .areAnnotatedWith(Scheduled.class)
            .should()
            .beAnnotatedWith(SchedulerLock.class)
            .because("every node runs the same schedule; ShedLock lets one of them run each job (issue 23)");

    @Test
    void everyScheduledJobTakesTheClusterLock() {
        SCHEDULED_JOBS_TAKE_THE_CLUSTER_LOCK.check(CLASSES);
    }

    @Test
    void theRuleSeesTheJobsAndRefusesOneWithoutALock() {
        long jobs = CLASSES.stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class))
                .count();
        assertThat(jobs).as("scheduled jobs in the application").isGreaterThanOrEqualTo(8);
        JavaClasses unlocked = new ClassFileImporter().importClasses(UnlockedJob.class);
        assertThat(SCHEDULED_JOBS_TAKE_THE_CLUSTER_LOCK.evaluate(unlocked).hasViolation())
                .isTrue();
    }

    static class UnlockedJob {
        @Scheduled(fixedDelay = 60_000)
        void everyMinuteOnEveryNode() {}
    }
}
