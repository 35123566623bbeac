package vn.khien.sharing.application;

import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.khien.shared.SystemActor;

/** Pulls every configured remote collection on a schedule (every 10 minutes by default), on one node. */
@Component
class RemotePullJob {

    private static final Logger log = LoggerFactory.getLogger(RemotePullJob.class);
    private final RemoteCollections remotes;
    private final JdbcClient jdbc;

    RemotePullJob(RemoteCollections remotes, JdbcClient jdbc) {
        this.remotes = remotes;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${khien.sharing.pull.cron:0 */10 * * * *}", zone = "${khien.province.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "sharing.remote-pull")
    void run() {
        SystemActor.run("sharing-pull", () -> {
            for (UUID source : jdbc.sql("SELECT id FROM sharing.remote_source ORDER BY created_at")
                    .query(UUID.class)
                    .list()) {
                var polled = remotes.poll(source, 1000);
                if (polled.error() != null) {
                    log.warn("Remote collection {} not pulled: {}", source, polled.error());
                }
            }
        });
    }
}
