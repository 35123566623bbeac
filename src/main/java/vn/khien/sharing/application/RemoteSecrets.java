package vn.khien.sharing.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The passwords remote TAXII servers issued to the province, encrypted at rest (AES-256-GCM) with a key
 * kept outside PostgreSQL, so a database copy or backup alone does not give them away. The key is
 * {@code KHIEN_SECRETS_KEY} (32 bytes, Base64; the same on every node of a cluster) or, unset, a file
 * made on first use beside the data ({@code secrets.key}, mode 0600). Each value is bound to its remote
 * source's id, so a ciphertext copied onto another row does not open.
 */
@Component
class RemoteSecrets {

    static final String PREFIX = "aesgcm:v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    RemoteSecrets(@Value("${khien.secrets.key:}") String configured, @Value("${khien.data-dir:./data}") Path dataDir) {
        this.key = new SecretKeySpec(
                configured.isBlank() ? keyFile(dataDir.resolve("secrets.key")) : decode(configured), "AES");
    }

    String seal(String plain, String boundTo) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, boundTo);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The password; a value stored before encryption existed (no prefix) is returned as it is. */
    String open(String stored, String boundTo) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            byte[] iv = java.util.Arrays.copyOf(in, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, boundTo);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a remote password does not open with this key (another node's key?)");
        }
    }

    private Cipher cipher(int mode, byte[] iv, String boundTo) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".secrets-", ".tmp");
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the data directory's own permissions apply
                }
                Files.writeString(temp, Base64.getEncoder().encodeToString(fresh));
                Files.move(temp, file); // never a half-written key under the real name
            }
            return decode(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the secrets key " + file + " cannot be read or made", e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != 32) {
            throw new IllegalStateException("KHIEN_SECRETS_KEY must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return key;
    }
}
