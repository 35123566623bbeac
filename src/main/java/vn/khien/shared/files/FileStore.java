package vn.khien.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Keeps uploaded files (evidence, dossiers, decisions) outside the database, under
 * {@code ${khien.data-dir}/files/ab/cd/<sha256>}: content-addressed, so the same file uploaded twice
 * is stored once and a stored file can never be changed in place. Each upload is written to a
 * temporary file, checked (size counted while streaming, type by content), synced to disk and only
 * then moved into place atomically, so a crash never leaves a half-written file under a valid name.
 */
@Component
public class FileStore {

    public static final String FIELD = "file";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    private final Path root;
    private final long maxUploadBytes;
    private final Optional<ClamdScanner> scanner;
    private final Consumer<InfectedUploadRefused> refusals;

    /** A store without virus scanning (tests, tools). */
    public FileStore(Path dataDir, DataSize maxUploadBytes) {
        this(dataDir, maxUploadBytes, Optional.empty(), refused -> {});
    }

    /**
     * With {@code khien.files.clamd.host} set, every upload is scanned by clamd before it is kept; an
     * infected one is refused and the refusal is audited in its own transaction, so it stays recorded
     * although the upload's own transaction rolls back.
     */
    @Autowired
    public FileStore(
            @Value("${khien.data-dir:./data}") Path dataDir,
            @Value("${khien.files.max-upload-bytes:20MB}") DataSize maxUploadBytes,
            @Value("${khien.files.clamd.host:}") String clamdHost,
            @Value("${khien.files.clamd.port:3310}") int clamdPort,
            @Value("${khien.files.clamd.timeout:30s}") Duration clamdTimeout,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this(
                dataDir,
                maxUploadBytes,
                clamdHost.isBlank()
                        ? Optional.empty()
                        : Optional.of(new ClamdScanner(clamdHost, clamdPort, clamdTimeout)),
                auditedApart(events, transactions));
    }

    FileStore(
            Path dataDir,
            DataSize maxUploadBytes,
            Optional<ClamdScanner> scanner,
            Consumer<InfectedUploadRefused> refusals) {
        this.root = dataDir.resolve("files").toAbsolutePath().normalize();
        this.maxUploadBytes = maxUploadBytes.toBytes();
        this.scanner = scanner;
        this.refusals = refusals;
    }

    private static Consumer<InfectedUploadRefused> auditedApart(
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        var apart = new TransactionTemplate(transactions);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return refused -> apart.executeWithoutResult(status -> events.publishEvent(refused));
    }

    /** The configured upload limit ({@code khien.files.max-upload-bytes}), for callers and forms. */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public StoredFile store(InputStream in, String declaredFilename, Set<AllowedType> allowed, long maxBytes) {
        refuseUnsafeName(declaredFilename);
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(root, ".upload-", ".tmp");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = copyCapped(in, temp, digest, maxBytes);
            if (size == 0) {
                throw new InvalidInputException(FIELD, "files.problem.empty");
            }
            AllowedType type = checkType(temp, declaredFilename, allowed);
            String sha = HexFormat.of().formatHex(digest.digest());
            scan(temp, sha, safeName(declaredFilename));
            moveIntoPlace(temp, pathOf(sha)); // when deduplicated, the temporary copy is deleted below
            return new StoredFile(sha, size, type.mediaType(), safeName(declaredFilename));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** @throws ObjectNotFoundException for an unknown hash, IllegalArgumentException for a malformed one */
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ObjectNotFoundException("file", sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only a well-formed hash becomes a path: nothing a caller passes can climb out of the store. */
    Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    /**
     * A name with a path separator, a {@code ..}, or a control character is refused rather than cleaned:
     * it is either a tool's mistake or an attempt to climb out of a directory, and the uploader should know.
     */
    static void refuseUnsafeName(String filename) {
        if (filename == null
                || filename.isBlank()
                || filename.length() > 255
                || filename.contains("/")
                || filename.contains("\\")
                || filename.contains("..")
                || CONTROL.matcher(filename).find()) {
            throw new InvalidInputException(FIELD, "files.problem.unsafe-name");
        }
    }

    private void scan(Path temp, String sha, String name) throws IOException {
        if (scanner.isEmpty()) {
            return;
        }
        Optional<String> signature;
        try {
            signature = scanner.get().scan(temp);
        } catch (IOException e) {
            // fail closed: while scanning is configured, a file clamd has not seen is not kept
            throw new InvalidInputException(FIELD, "files.problem.scan-unavailable");
        }
        if (signature.isPresent()) {
            refusals.accept(new InfectedUploadRefused(sha, name, signature.get()));
            throw new InvalidInputException(FIELD, "files.problem.infected", signature.get());
        }
    }

    private static long copyCapped(InputStream in, Path temp, MessageDigest digest, long maxBytes) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out =
                        new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), digest)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                // counted here, not taken from Content-Length: the client may lie or send chunks
                if (size > maxBytes) {
                    throw new InvalidInputException(FIELD, "files.problem.too-large", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
            out.flush();
            channel.force(true);
        }
        return size;
    }

    private static AllowedType checkType(Path temp, String filename, Set<AllowedType> allowed) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(temp)) {
            head = in.readNBytes(16);
        }
        AllowedType type = ContentSniffer.sniff(head, temp)
                .filter(allowed::contains)
                .orElseThrow(() ->
                        new InvalidInputException(FIELD, "files.problem.wrong-type", AllowedType.describe(allowed)));
        if (!type.matchesName(filename)) {
            throw new InvalidInputException(FIELD, "files.problem.extension-mismatch", safeName(filename));
        }
        return type;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.exists(target)) {
            return; // same content already stored: deduplicated
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(target.getParent());
        } catch (FileAlreadyExistsException e) {
            // a concurrent upload of the same content won the race; its bytes are ours too
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("the file store needs a file system with atomic moves", e);
        }
    }

    /** Makes the new directory entry itself durable (Linux); where not supported, the move still holds. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems refuse to open a directory; the file's own bytes are already synced
        }
    }

    /** The last path segment only, without control characters: a display name, never a path. */
    static String safeName(String filename) {
        if (filename == null) {
            return "file";
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "file" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
