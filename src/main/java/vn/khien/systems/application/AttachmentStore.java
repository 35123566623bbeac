package vn.khien.systems.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Document bytes on disk, outside the database, named by their SHA-256 and sharded as {@code
 * ab/cd/<sha256>}: the same document is stored once, and a name reveals nothing and cannot be guessed.
 * Files are written to a temporary name and moved into place, so a reader never sees half a file.
 */
@Component
class AttachmentStore {

    private final Path root;

    AttachmentStore(@Value("${khien.data-dir:./data}") Path dataDir) {
        this.root = dataDir.resolve("files").toAbsolutePath().normalize();
    }

    /** Stores the bytes (once) and returns their SHA-256 in hex. */
    String store(byte[] content) {
        String sha = sha256(content);
        Path target = path(sha);
        if (Files.exists(target)) {
            return sha;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha, ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
