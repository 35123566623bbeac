package vn.khien.identity.application;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import vn.khien.shared.SearchText;

/**
 * What a password must be (NIST SP 800-63B 3.1.1.2): at least 12 characters, not a common one, and not
 * made of the user's own details. No composition rule (the guideline advises against them: they push
 * people to predictable patterns such as a capital first and a digit last). Checked when a password is
 * set, not at sign-in.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** Name parts shorter than this ("An", "Văn", "Lê") are in too many passwords by chance. */
    private static final int MIN_DETAIL_LENGTH = 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {}

    /** The message key of the first rule the password breaks, if any; name and e-mail may be null. */
    public static Optional<String> problemWith(String password, String username, String displayName, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("identity.password.error.too-short");
        }
        if (password.length() > 128) {
            return Optional.of("identity.password.error.too-long");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("identity.password.error.contains-username");
        }
        if (containsDetail(password, displayName, email)) {
            return Optional.of("identity.password.error.contains-personal");
        }
        if (CommonPasswords.isCommon(password)) {
            return Optional.of("identity.password.error.common");
        }
        return Optional.empty();
    }

    /** The same rules when only the user name is known. */
    public static Optional<String> problemWith(String password, String username) {
        return problemWith(password, username, null, null);
    }

    /**
     * The whole name, any part of it and the e-mail's local part, compared without case, accents or
     * separators: "Lê Văn Khóa" is refused in {@code levankhoa-1990} and {@code Khoa.2026.hue}.
     */
    private static boolean containsDetail(String password, String displayName, String email) {
        String folded = fold(password);
        List<String> details = new ArrayList<>();
        if (displayName != null) {
            details.add(fold(displayName));
            details.addAll(List.of(displayName.strip().split("[\\s.,'-]+")));
        }
        if (email != null && email.indexOf('@') > 0) {
            details.add(fold(email.substring(0, email.indexOf('@'))));
        }
        return details.stream()
                .map(PasswordRules::fold)
                .filter(detail -> detail.length() >= MIN_DETAIL_LENGTH)
                .anyMatch(folded::contains);
    }

    /** Lower case, without accents (đ is d) and without anything but letters and digits. */
    static String fold(String text) {
        return SearchText.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A random password for the first administrator: 120 bits, printed once to the log. */
    static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "7a";
    }
}
