package vn.khien.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.UserContacts;
import vn.khien.shared.SystemActor;

/**
 * Loads the demo province on an empty database: by default only with the embedded PostgreSQL, never
 * on an external one unless {@code KHIEN_DEMO=true}; {@code KHIEN_DEMO=false} turns it off.
 */
@Component
@Order(100)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private final List<DemoDataset> datasets;
    private final AgencyDirectory agencies;
    private final UserContacts users;
    private final Environment environment;

    DemoLoader(List<DemoDataset> datasets, AgencyDirectory agencies, UserContacts users, Environment environment) {
        this.datasets = datasets;
        this.agencies = agencies;
        this.users = users;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled() || !empty()) {
            return;
        }
        log.info("Loading the demo province (KHIEN_DEMO=false turns this off)");
        SystemActor.run(
                "demo",
                () -> datasets.stream()
                        .sorted(Comparator.comparingInt(DemoDataset::order))
                        .forEach(DemoDataset::load));
    }

    /**
     * Empty: no active agency and no demo user yet. Everything else the demo loads (systems, registers,
     * assessments, incidents) belongs to an agency, so it cannot be there without one.
     */
    private boolean empty() {
        return agencies.listActive().isEmpty()
                && users.of(List.of(UserDemoData.RESPONDER)).isEmpty();
    }

    private boolean enabled() {
        String demo = environment.getProperty("khien.demo", "");
        if (!demo.isBlank()) {
            return Boolean.parseBoolean(demo);
        }
        return environment.getProperty("khien.database.embedded", Boolean.class, false);
    }
}
