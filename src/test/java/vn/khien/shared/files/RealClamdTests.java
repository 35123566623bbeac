package vn.khien.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the Debian {@code clamd} binary when it is installed (skipped otherwise): without internet
 * freshclam cannot fetch signatures, so the test writes its own database, an {@code .hdb} line with the
 * EICAR test file's MD5 and size, and starts clamd on a free local port.
 */
class RealClamdTests {

    // the EICAR anti-virus test file (a harmless standard string every scanner detects)
    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @TempDir
    Path dir;

    @Test
    void clamdFindsTheEicarFileWithATestSignatureDatabase() throws Exception {
        Path binary = clamd();
        assumeTrue(binary != null, "clamd is not installed");
        byte[] eicar = EICAR.getBytes(StandardCharsets.US_ASCII);
        Path db = Files.createDirectories(dir.resolve("db"));
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(eicar));
        Files.writeString(db.resolve("khien-test.hdb"), md5 + ":" + eicar.length + ":Khien.Test.EICAR\n");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path config = Files.writeString(dir.resolve("clamd.conf"), """
                Foreground yes
                DatabaseDirectory %s
                TCPSocket %d
                TCPAddr 127.0.0.1
                LogFile %s
                """.formatted(db, port, dir.resolve("clamd.log")));
        Process process = new ProcessBuilder(binary.toString(), "--config-file=" + config)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("clamd.out").toFile())
                .start();
        try {
            waitForPort(port, Duration.ofSeconds(60));
            var scanner = new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(30));
            Path infected = Files.write(dir.resolve("eicar.txt"), eicar);
            Path clean = Files.writeString(dir.resolve("clean.txt"), "Báo cáo đánh giá");
            assertThat(scanner.scan(infected)).contains("Khien.Test.EICAR.UNOFFICIAL");
            assertThat(scanner.scan(clean)).isEmpty();
        } finally {
            process.destroy();
        }
    }

    private static Path clamd() {
        for (String candidate : new String[] {"/usr/sbin/clamd", "/usr/bin/clamd"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    private static void waitForPort(int port, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IOException("clamd did not open port " + port);
    }
}
