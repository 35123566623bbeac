package vn.khien.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.KhienApplication;

/**
 * {@code KHIEN_DB_URL} switches Khiên to an external PostgreSQL: here a separately started server
 * that the application reaches only through the URL, user and password it is given.
 */
class ExternalDatabaseIntegrationTests {

    @Test
    void runsOnTheConfiguredServerWithoutDemoData() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            try (var setup = external.getPostgresDatabase().getConnection()) {
                setup.createStatement().execute("CREATE USER khien_app PASSWORD 'Ngoai-Vi-2026'");
                setup.createStatement().execute("CREATE DATABASE khien OWNER khien_app");
            }
            String url = external.getJdbcUrl("khien_app", "khien");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KhienApplication.class)
                    .run(
                            "--khien.db.url=" + url,
                            "--khien.db.user=khien_app",
                            "--khien.db.password=Ngoai-Vi-2026",
                            "--server.port=0")) {
                JdbcClient jdbc = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
                assertThat(jdbc.sql("SELECT current_database() || ':' || current_user")
                                .query(String.class)
                                .single())
                        .isEqualTo("khien:khien_app");
                assertThat(jdbc.sql("SELECT username FROM identity.user_account")
                                .query(String.class)
                                .list())
                        .containsExactly("admin");
                assertThat(jdbc.sql("SELECT count(*) FROM agencies.agency")
                                .query(Long.class)
                                .single())
                        .isZero();
                assertThat(app.getEnvironment().getProperty("khien.database.embedded", Boolean.class))
                        .isFalse();
            }
        }
    }
}
