package vn.khien.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Issue 23: nodes that start together on one database take turns for their start-up work. The
 * modules' start-up runners seed the database (the first administrator, policy packs, authorities,
 * criteria sets, requirements, the demo): each checks what is there and adds what is missing, which is
 * right for one node but lets two nodes both find a pack missing and both insert it. The first runner
 * takes a PostgreSQL session-level advisory lock on a connection of its own, the last one releases it;
 * a node that dies on the way loses the connection and so the lock. Flyway's migrations before them
 * take their own lock.
 */
@Configuration(proxyBeanMethods = false)
class StartupTurns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupTurns.class);
    /** The lock's key: any number no other advisory lock of Khiên uses. */
    private static final long KEY = 0x4B6869656E5354L; // "KhienST"

    private final DataSource dataSource;
    private Connection held;

    StartupTurns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner startupTurnTaken() {
        return args -> take();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner startupTurnGiven() {
        return (ApplicationArguments args) -> release();
    }

    private synchronized void take() throws SQLException {
        long since = System.nanoTime();
        held = dataSource.getConnection();
        try (Statement lock = held.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + KEY + ")");
        }
        long waited = (System.nanoTime() - since) / 1_000_000;
        if (waited > 1000) {
            log.info("Waited {} ms for another node to finish its start-up work", waited);
        }
    }

    private synchronized void release() throws SQLException {
        if (held == null) {
            return;
        }
        try (Connection connection = held;
                Statement unlock = connection.createStatement()) {
            unlock.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } finally {
            held = null;
        }
    }

    /** A start that failed half way: give the turn back with the connection. */
    @Override
    public void destroy() throws SQLException {
        release();
    }
}
