package vn.khien.identity.application;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 with its defaults (HMAC-SHA-1, 30-second steps from the Unix
 * epoch), which every authenticator app follows; the HOTP truncation is RFC 4226 §5.3. Public for the
 * browser journeys, which play the user's authenticator app.
 */
public final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;

    /** One step either side: a phone's clock a little off, or a code typed just as it changed. */
    static final int WINDOW = 1;

    /** 160 bits, the HMAC-SHA-1 key length that RFC 4226 §4 recommends. */
    private static final int SECRET_BYTES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The code an authenticator app shows for this Base32 secret in this time step. */
    public static String code(String base32Secret, long step) {
        return code(Base32.decode(base32Secret), step);
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    static String code(byte[] secret, long step, int digits) {
        byte[] hash = hmacSha1(secret, step);
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % (int) Math.pow(10, digits));
        return "0".repeat(digits - code.length()) + code;
    }

    /** The step within the window at {@code time} whose code this is, if any; every step is compared. */
    static OptionalLong matchingStep(byte[] secret, String code, Instant time) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = stepAt(time);
        OptionalLong found = OptionalLong.empty();
        for (long step = now - WINDOW; step <= now + WINDOW; step++) {
            // constant time, and no early exit: the answer's timing does not tell which step matched
            if (MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes()) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    private static byte[] hmacSha1(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] counter = new byte[8];
            for (int i = 7; i >= 0; i--) {
                counter[i] = (byte) (step >>> (8 * (7 - i)));
            }
            return mac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
