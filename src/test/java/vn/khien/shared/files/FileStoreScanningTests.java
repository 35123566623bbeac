package vn.khien.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.khien.shared.InvalidInputException;

/** Unsafe names are refused; with clamd configured every upload is scanned over INSTREAM (a fake clamd here). */
class FileStoreScanningTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] MARKED_PDF = "%PDF-1.7\n% KHIEN-TEST-MALWARE\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dataDir;

    private final List<InfectedUploadRefused> refusals = new ArrayList<>();
    private FakeClamd clamd;

    @AfterEach
    void stop() throws IOException {
        if (clamd != null) {
            clamd.close();
        }
    }

    @Test
    void refusesNamesWithPathsParentSegmentsOrControlCharacters() {
        FileStore store = new FileStore(dataDir, DataSize.ofMegabytes(1));
        for (String name : new String[] {
            "../../etc/passwd.pdf",
            "..\\boot.pdf",
            "a/b.pdf",
            "/abs.pdf",
            "C:\\x\\y.pdf",
            "bad\u0000.pdf",
            "line\n.pdf",
            "rtl\u202Efdp.exe.pdf",
            "",
            " ",
            null
        }) {
            assertThatThrownBy(() -> store.store(new ByteArrayInputStream(PDF), name, Set.of(AllowedType.PDF), 1024))
                    .as(String.valueOf(name))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("files.problem.unsafe-name"));
        }
        assertThat(store.store(
                                new ByteArrayInputStream(PDF),
                                "Biên bản kiểm tra (1).pdf",
                                Set.of(AllowedType.PDF),
                                1024)
                        .filename())
                .isEqualTo("Biên bản kiểm tra (1).pdf");
    }

    @Test
    void aCleanFileIsScannedAndKept() throws Exception {
        FileStore store = scanningStore();
        StoredFile stored = store.store(new ByteArrayInputStream(PDF), "sach.pdf", Set.of(AllowedType.PDF), 1024);
        assertThat(store.exists(stored.sha256())).isTrue();
        assertThat(clamd.received).containsExactly(new String(PDF, StandardCharsets.US_ASCII));
        assertThat(refusals).isEmpty();
    }

    @Test
    void anInfectedFileIsRefusedNotKeptAndTheRefusalIsReported() throws Exception {
        FileStore store = scanningStore();
        assertThatThrownBy(() ->
                        store.store(new ByteArrayInputStream(MARKED_PDF), "nhiem.pdf", Set.of(AllowedType.PDF), 1024))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("files.problem.infected");
                    assertThat(e.problems().get(0).arguments()).containsExactly("Khien.Test.Marker");
                });
        assertThat(refusals).singleElement().satisfies(r -> {
            assertThat(r.filename()).isEqualTo("nhiem.pdf");
            assertThat(r.signature()).isEqualTo("Khien.Test.Marker");
            assertThat(store.exists(r.sha256())).isFalse();
        });
    }

    @Test
    void whileScanningIsConfiguredAnUnreachableClamdRefusesTheUpload() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        FileStore store = new FileStore(
                dataDir,
                DataSize.ofMegabytes(1),
                Optional.of(new ClamdScanner("127.0.0.1", closedPort, Duration.ofSeconds(2))),
                refusals::add);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(PDF), "a.pdf", Set.of(AllowedType.PDF), 1024))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("files.problem.scan-unavailable"));
    }

    @Test
    void readsClamdVerdicts() throws IOException {
        assertThat(ClamdScanner.verdict("stream: OK")).isEmpty();
        assertThat(ClamdScanner.verdict("stream: Eicar-Test-Signature FOUND")).contains("Eicar-Test-Signature");
        assertThatThrownBy(() -> ClamdScanner.verdict("INSTREAM size limit exceeded. ERROR"))
                .isInstanceOf(IOException.class);
    }

    private FileStore scanningStore() throws IOException {
        clamd = new FakeClamd();
        return new FileStore(
                dataDir,
                DataSize.ofMegabytes(1),
                Optional.of(new ClamdScanner("127.0.0.1", clamd.port(), Duration.ofSeconds(5))),
                refusals::add);
    }

    /** Speaks clamd's INSTREAM: reads length-prefixed chunks until an empty one, answers by a marker. */
    static final class FakeClamd implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0);
        final List<String> received = new ArrayList<>();
        final Thread thread = new Thread(this::serve, "fake-clamd");

        FakeClamd() throws IOException {
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    var in = new DataInputStream(socket.getInputStream());
                    String command = new String(in.readNBytes("zINSTREAM\0".length()), StandardCharsets.US_ASCII);
                    var body = new ByteArrayOutputStream();
                    for (int n; (n = in.readInt()) > 0; ) {
                        body.write(in.readNBytes(n));
                    }
                    String content = body.toString(StandardCharsets.US_ASCII);
                    synchronized (received) {
                        received.add(content);
                    }
                    String reply = !command.equals("zINSTREAM\0")
                            ? "UNKNOWN COMMAND"
                            : content.contains("KHIEN-TEST-MALWARE") ? "stream: Khien.Test.Marker FOUND" : "stream: OK";
                    socket.getOutputStream().write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    return; // closed
                }
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
