package vn.khien.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL's superuser and of the application's role, generated on the
 * first start and kept beside the data directory in a file only its owner may read (mode 0600). The
 * file is a libpq password file, so {@code PGPASSFILE=<file> psql -h localhost -p <port> -U khien postgres}
 * connects without typing a password.
 */
record PostgresCredentials(String superuserPassword, String applicationPassword) {

    static final String SUPERUSER = "postgres";
    static final String APPLICATION_ROLE = "khien";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    static PostgresCredentials loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            return read(file);
        }
        PostgresCredentials generated = new PostgresCredentials(generate(), generate());
        writeOwnerOnly(file, generated.asPasswordFile());
        return generated;
    }

    /** A file with the superuser's password alone, for {@code initdb --pwfile}. */
    void writeSuperuserPasswordFile(Path file) throws IOException {
        writeOwnerOnly(file, superuserPassword + "\n");
    }

    private static PostgresCredentials read(Path file) throws IOException {
        Map<String, String> passwords = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            List<String> fields = List.of(line.split(":", 5));
            if (!line.startsWith("#") && fields.size() == 5) {
                passwords.put(fields.get(3), fields.get(4));
            }
        }
        if (!passwords.containsKey(SUPERUSER) || !passwords.containsKey(APPLICATION_ROLE)) {
            throw new IllegalStateException(file + " must hold the passwords of " + SUPERUSER + " and "
                    + APPLICATION_ROLE + " (lines host:port:database:user:password)");
        }
        return new PostgresCredentials(passwords.get(SUPERUSER), passwords.get(APPLICATION_ROLE));
    }

    @Override
    public String toString() {
        return "PostgresCredentials[passwords not shown]";
    }

    private String asPasswordFile() {
        return """
                # Khiên's embedded PostgreSQL: keep this file private (mode 0600), it opens the whole database.
                # A libpq password file: PGPASSFILE=<this file> psql -h localhost -p <port> -U khien postgres
                # (the port is line 4 of postgres/postmaster.pid). The superuser is for maintenance only.
                *:*:*:%s:%s
                *:*:*:%s:%s
                """.formatted(SUPERUSER, superuserPassword, APPLICATION_ROLE, applicationPassword);
    }

    // letters and digits only: nothing to escape in the password file, a connection URL or a shell
    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    // written under a temporary name with its final mode, then moved: never readable by others, never half-written
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
