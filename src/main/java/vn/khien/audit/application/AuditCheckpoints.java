package vn.khien.audit.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors the audit chain outside the database (issue 22, item 5): every interval, the head's sequence
 * number and hash with the time, signed with the Ed25519 {@link CheckpointKey}, are appended to a file
 * that is only ever appended to (and, when configured, sent to a remote syslog). A removed tail or a
 * chain rewritten with recomputed hashes no longer matches a checkpoint, and nobody without the key can
 * write a checkpoint that does. Every node anchors into its own file, so no scheduler lock is taken.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final String VERSION = "khien-audit-checkpoint-v1";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path file;
    private final Path keyFile;
    private final String syslog;
    private CheckpointKey key;

    AuditCheckpoints(
            JdbcClient jdbc,
            Clock clock,
            @Value("${khien.audit.checkpoint.file}") Path file,
            @Value("${khien.audit.checkpoint.key-file}") Path keyFile,
            @Value("${khien.audit.checkpoint.syslog:}") String syslog,
            @Value("${khien.embedded.ephemeral:false}") boolean ephemeralDatabase)
            throws IOException {
        this.jdbc = jdbc;
        this.clock = clock;
        // a throw-away database (tests) gets throw-away checkpoints: an earlier run's would never match
        this.file =
                ephemeralDatabase ? Files.createTempDirectory("khien-audit-").resolve(file.getFileName()) : file;
        this.keyFile = keyFile;
        this.syslog = syslog;
    }

    /** The key exists from the first start on; the chain as it stands at start is anchored at once. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        key();
        write();
    }

    /** One signed checkpoint, as written on one line of the file. */
    record Checkpoint(long seq, String hash, Instant at, boolean signatureValid) {}

    // one node at a time writes a checkpoint (issue 23): with several nodes the file and key live on the
    // shared data directory, and two writers would interleave lines
    @Scheduled(
            initialDelayString = "${khien.audit.checkpoint.interval:PT10M}",
            fixedDelayString = "${khien.audit.checkpoint.interval:PT10M}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "audit.checkpoint")
    void scheduled() {
        write();
    }

    /** Appends a checkpoint of the chain's head now; empty chains are not anchored. */
    synchronized void write() {
        var head = jdbc.sql("SELECT seq, hash FROM audit.audit_record ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new Checkpoint(rs.getLong("seq"), rs.getString("hash"), clock.instant(), true))
                .optional();
        if (head.isEmpty()) {
            return;
        }
        String text = text(head.get());
        String line = text + " " + key().sign(text);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(
                    file,
                    line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoint file " + file, e);
        }
        sendToSyslog(line);
    }

    /** Every checkpoint in the file, each with whether its signature holds (a garbled line does not). */
    synchronized List<Checkpoint> read() {
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (!Files.exists(file)) {
            return checkpoints;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                checkpoints.add(parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file " + file, e);
        }
        return checkpoints;
    }

    private Checkpoint parse(String line) {
        String[] parts = line.strip().split(" ");
        try {
            if (parts.length == 5 && parts[0].equals(VERSION)) {
                Checkpoint read = new Checkpoint(Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]), true);
                return new Checkpoint(read.seq(), read.hash(), read.at(), key().verifies(text(read), parts[4]));
            }
        } catch (RuntimeException garbled) {
            // falls through: a line that is no checkpoint counts as one whose signature fails
        }
        return new Checkpoint(0, "", Instant.EPOCH, false);
    }

    /** The file the checkpoints are appended to. */
    Path file() {
        return file;
    }

    private static String text(Checkpoint checkpoint) {
        return VERSION + " " + checkpoint.seq() + " " + checkpoint.hash() + " " + checkpoint.at();
    }

    private synchronized CheckpointKey key() {
        if (key == null) {
            key = CheckpointKey.loadOrCreate(keyFile);
        }
        return key;
    }

    /** RFC 5424 over UDP to {@code host:port}; a lost datagram only loses the copy, never the file. */
    private void sendToSyslog(String line) {
        if (syslog.isBlank()) {
            return;
        }
        int colon = syslog.lastIndexOf(':');
        String message = "<110>1 " + clock.instant() + " - khien - audit-checkpoint - " + line; // local5.info
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        try (DatagramSocket socket = new DatagramSocket()) {
            InetAddress host = InetAddress.getByName(syslog.substring(0, colon));
            socket.send(new DatagramPacket(bytes, bytes.length, host, Integer.parseInt(syslog.substring(colon + 1))));
        } catch (IOException | RuntimeException e) {
            log.warn("Audit checkpoint not sent to syslog {}: {}", syslog, e.getMessage());
        }
    }
}
