package vn.khien.shared;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo province on an empty database: by default only with the embedded PostgreSQL, never
 * on an external one unless {@code KHIEN_DEMO=true}; {@code KHIEN_DEMO=false} turns it off.
 */
@Component
@Order(100)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private final List<DemoDataset> datasets;
    private final Environment environment;

    DemoLoader(List<DemoDataset> datasets, Environment environment) {
        this.datasets = datasets;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled() || datasets.stream().anyMatch(DemoDataset::hasData)) {
            return;
        }
        log.info("Loading the demo province (KHIEN_DEMO=false turns this off)");
        SystemActor.run(
                "demo",
                () -> datasets.stream()
                        .sorted(Comparator.comparingInt(DemoDataset::order))
                        .forEach(DemoDataset::load));
    }

    private boolean enabled() {
        String demo = environment.getProperty("khien.demo", "");
        if (!demo.isBlank()) {
            return Boolean.parseBoolean(demo);
        }
        return environment.getProperty("khien.database.embedded", Boolean.class, false);
    }
}
