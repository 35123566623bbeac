package vn.khien.audit.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key that signs the audit chain's checkpoints. It lives in a file outside PostgreSQL
 * (created on first start, owner-readable only) so that whoever can rewrite the database cannot sign a
 * checkpoint for the rewritten chain. The public half is written beside it ({@code .pub}) to be copied
 * somewhere safe.
 */
final class CheckpointKey {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    static CheckpointKey loadOrCreate(Path file) {
        try {
            Path pub = file.resolveSibling(file.getFileName() + ".pub");
            if (!Files.exists(file)) {
                create(file, pub);
            }
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(decode(file)));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(decode(pub)));
            return new CheckpointKey(privateKey, publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit checkpoint key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit checkpoint key " + file + " is not an Ed25519 key", e);
        }
    }

    String sign(String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java runtime since 15", e);
        }
    }

    boolean verifies(String text, String signed) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signed));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void create(Path file, Path pub) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".key-", ".tmp");
        restrict(temp);
        Files.writeString(
                temp, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        Files.writeString(
                pub, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        Files.move(temp, file); // never a half-written key under the real name
    }

    private static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply
        }
    }

    private static byte[] decode(Path path) throws IOException {
        return Base64.getDecoder().decode(Files.readString(path).strip());
    }
}
