package vn.khien.shared.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before any bean exists: an external PostgreSQL when {@code KHIEN_DB_URL} or
 * {@code spring.datasource.url} is set, otherwise a real PostgreSQL started in-process. Starting it
 * here (not in a bean) lets the DataSource, Flyway and the event publication registry see a ready
 * server, and the shutdown handler stops it only after the last Spring context has closed.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

    static final String EPHEMERAL = "khien.embedded.ephemeral";

    private final Log log;

    /** Logging is not set up yet this early: Boot replays these messages once it is. */
    public EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        String externalUrl = environment.getProperty("khien.db.url");
        if (StringUtils.hasText(externalUrl)) {
            properties.put("spring.datasource.url", externalUrl);
            putIfText(properties, "spring.datasource.username", environment.getProperty("khien.db.user"));
            putIfText(properties, "spring.datasource.password", environment.getProperty("khien.db.password"));
            properties.put("khien.database.embedded", false);
        } else if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            properties.put("khien.database.embedded", false);
        } else {
            boolean ephemeral = environment.getProperty(EPHEMERAL, Boolean.class, false);
            Path dataDir = Path.of(environment.getProperty("khien.data-dir", "./data"))
                    .toAbsolutePath()
                    .normalize();
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(
                    dataDir.resolve("postgres"),
                    ephemeral,
                    environment.getProperty(
                            "khien.db.embedded.shared-buffers", EmbeddedPostgresServer.DEFAULT_SHARED_BUFFERS),
                    log);
            properties.put("spring.datasource.url", server.jdbcUrl());
            properties.put("spring.datasource.username", server.username());
            properties.put("spring.datasource.password", server.password());
            properties.put("khien.database.embedded", true);
            properties.put(
                    "khien.database.location",
                    ephemeral ? "(temporary)" : dataDir.resolve("postgres").toString());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("khienDatabase", properties));
    }

    private static void putIfText(Map<String, Object> properties, String key, String value) {
        if (StringUtils.hasText(value)) {
            properties.put(key, value);
        }
    }
}
