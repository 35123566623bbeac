package vn.khien.identity.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * NIST SP 800-63B 3.1.1.2: a new password is compared with passwords known from breaches, and with
 * repetitive or sequential characters. The list and its origin: {@code identity/common-passwords.txt}.
 */
final class CommonPasswords {

    private static final String RESOURCE = "/identity/common-passwords.txt";
    private static final String SEQUENCES =
            "0123456789".repeat(3) + "abcdefghijklmnopqrstuvwxyz".repeat(2) + "qwertyuiopasdfghjklzxcvbnm";
    private static final String REVERSED =
            new StringBuilder(SEQUENCES).reverse().toString();

    private CommonPasswords() {}

    /**
     * Whether the password is common: on the list or a single pattern, as it is or once the digits
     * and symbols around a word are taken off ({@code Sunshine-2026} is {@code sunshine}).
     */
    static boolean isCommon(String password) {
        String whole = password.toLowerCase(Locale.ROOT);
        String word = whole.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return isCommonAsIs(whole) || (word.length() >= 4 && isCommonAsIs(word));
    }

    private static boolean isCommonAsIs(String text) {
        return Loaded.WORDS.contains(text) || repeats(text) || SEQUENCES.contains(text) || REVERSED.contains(text);
    }

    /** {@code aaaaaaaaaaaa}, {@code abcabcabcabc}: a unit of up to four characters said again. */
    private static boolean repeats(String text) {
        for (int unit = 1; unit <= 4 && unit * 2 <= text.length(); unit++) {
            if (text.length() % unit == 0
                    && text.substring(0, unit).repeat(text.length() / unit).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** Loaded at the first check, once. */
    private static final class Loaded {

        static final Set<String> WORDS = load();

        private static Set<String> load() {
            var stream = CommonPasswords.class.getResourceAsStream(RESOURCE);
            if (stream == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Set<String> words = new HashSet<>(16_384);
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .forEach(line -> words.add(line.strip().toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(words);
        }
    }
}
