package vn.khien.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The embedded server's {@code pg_hba.conf}: every connection, over TCP or the Unix socket, proves its
 * password with SCRAM. Versions before this one kept zonky's default, which trusted every local account.
 */
final class HostBasedAuthentication {

    private static final String PASSWORDS_ONLY = """
            # Written by Khiên at every start: every connection proves its password (SCRAM), none is trusted.
            # The passwords are in ../postgres-credentials (mode 0600).
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private HostBasedAuthentication() {}

    /** An existing data directory of an older version: some line lets a connection in without a password. */
    static boolean trustsSomeone(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve("pg_hba.conf");
        if (!Files.exists(dataDirectory.resolve("postgresql.conf")) || !Files.exists(file)) {
            return false;
        }
        return Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(line -> !line.startsWith("#"))
                .anyMatch(line -> Arrays.asList(line.split("\\s+")).contains("trust"));
    }

    static void requirePasswords(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), PASSWORDS_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf in " + dataDirectory, e);
        }
    }
}
