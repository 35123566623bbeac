package vn.khien.shared.files;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks a ClamAV daemon about a file with the INSTREAM command over TCP: the bytes go in length-prefixed
 * chunks, clamd answers {@code stream: OK} or {@code stream: <signature> FOUND}. The file never needs
 * to be readable by clamd itself, so clamd may run on another host.
 */
final class ClamdScanner {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    /**
     * The signature name when clamd finds one; empty when clean.
     *
     * @throws IOException when clamd cannot be reached or answers something else (the caller refuses
     *     the upload: an unscanned file is not kept while scanning is configured)
     */
    Optional<String> scan(Path file) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            var out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[CHUNK];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.writeInt(n);
                    out.write(buffer, 0, n);
                }
            }
            out.writeInt(0);
            out.flush();
            return verdict(readReply(socket.getInputStream()));
        }
    }

    static Optional<String> verdict(String reply) throws IOException {
        String answer = reply.startsWith("stream: ") ? reply.substring("stream: ".length()) : reply;
        if (answer.equals("OK")) {
            return Optional.empty();
        }
        if (answer.endsWith(" FOUND")) {
            return Optional.of(answer.substring(0, answer.length() - " FOUND".length()));
        }
        throw new IOException("clamd answered: " + reply);
    }

    private static String readReply(InputStream in) throws IOException {
        byte[] reply = in.readNBytes(1024);
        int end = 0;
        while (end < reply.length && reply[end] != 0 && reply[end] != '\n') {
            end++;
        }
        return new String(reply, 0, end, StandardCharsets.US_ASCII).strip();
    }
}
