package vn.khien.identity.application;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** What a password must be: long enough, with letters and digits, and not the user name. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {}

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("identity.password.error.too-short");
        }
        if (password.length() > 128) {
            return Optional.of("identity.password.error.too-long");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("identity.password.error.letters-and-digits");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("identity.password.error.contains-username");
        }
        return Optional.empty();
    }

    /** A random password for the first administrator: 120 bits, printed once to the log. */
    static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "7a";
    }
}
