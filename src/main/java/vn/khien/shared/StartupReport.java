package vn.khien.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One line at start that tells the operator where Khiên answers and where its data lives. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void on(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        boolean embedded = env.getProperty("khien.database.embedded", Boolean.class, false);
        String data = embedded
                ? "embedded PostgreSQL in " + env.getProperty("khien.database.location")
                : "external PostgreSQL "
                        + env.getProperty("spring.datasource.url", "").replaceAll("password=[^&]*", "");
        log.info("Khiên is ready at http://localhost:{}/ — data: {}", port, data);
    }
}
