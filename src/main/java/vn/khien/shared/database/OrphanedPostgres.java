package vn.khien.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.Log;

/**
 * After a {@code kill -9} of the JVM, the PostgreSQL child survives, holding {@code postmaster.pid}
 * and its port; zonky would then silently connect to that old server. Before starting we stop such
 * an orphan (only one whose working directory is our data directory) and clear a stale pid file.
 */
final class OrphanedPostgres {

    private final Log log;
    private final Path dataDirectory;
    private final Path pidFile;

    OrphanedPostgres(Path dataDirectory, Log log) {
        this.log = log;
        this.dataDirectory = dataDirectory;
        this.pidFile = dataDirectory.resolve("postmaster.pid");
    }

    void stopIfRunning() throws IOException {
        Optional<Long> pid = readPid();
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isPresent() && workingDirectoryIsOurs(pid.get())) {
            log.warn("Stopping an orphaned PostgreSQL (pid " + pid.get() + ") left on " + dataDirectory);
            signal(pid.get(), "-INT"); // fast shutdown: roll back, close, write a checkpoint
            if (!awaitExit(process.get(), Duration.ofSeconds(20))) {
                process.get().destroyForcibly();
                awaitExit(process.get(), Duration.ofSeconds(10));
            }
        }
        if (ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("Process " + pid.get() + " still holds " + pidFile
                    + "; stop it before starting Khiên on this data directory");
        }
        Files.deleteIfExists(pidFile);
    }

    private Optional<Long> readPid() throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean workingDirectoryIsOurs(long pid) {
        try {
            Path cwd = Path.of("/proc", Long.toString(pid), "cwd").toRealPath();
            return cwd.equals(dataDirectory.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }
}
