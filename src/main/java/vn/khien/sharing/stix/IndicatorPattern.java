package vn.khien.sharing.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the STIX 2.1 patterning language (§9) that Khiên matches against alerts: observation
 * expressions of one or more comparisons joined by {@code OR}, themselves joined by {@code OR}, each
 * comparison an equality on {@code ipv4-addr:value} or {@code ipv6-addr:value} (an address or a CIDR
 * network, also with {@code ISSUBSET}), {@code domain-name:value}, {@code url:value} or a file hash
 * ({@code file:hashes.MD5}, {@code 'SHA-1'}, {@code 'SHA-256'}, {@code 'SHA-512'}). Anything else
 * ({@code AND}, {@code FOLLOWEDBY}, qualifiers, other objects or operators) is read as "not matchable"
 * with the reason: kept and shown, never an error.
 *
 * @param observables what the pattern matches (any one of them), empty when not matchable
 * @param refusal why it is not matchable, null when it is
 */
public record IndicatorPattern(List<Observable> observables, String refusal) {

    private static final int MAX_LENGTH = 100_000;

    private static final Map<String, Observable.Kind> HASHES = Map.of(
            "MD5", Observable.Kind.MD5,
            "SHA-1", Observable.Kind.SHA1,
            "SHA-256", Observable.Kind.SHA256,
            "SHA-512", Observable.Kind.SHA512);

    public boolean matchable() {
        return refusal == null;
    }

    /** Reads an indicator's {@code pattern} of {@code pattern_type} (null is read as {@code stix}). */
    public static IndicatorPattern read(String pattern, String patternType) {
        if (patternType != null && !patternType.equals("stix")) {
            return refused("pattern type " + patternType + " is not STIX");
        }
        if (pattern == null || pattern.isBlank()) {
            return refused("no pattern");
        }
        if (pattern.length() > MAX_LENGTH) {
            return refused("pattern longer than " + MAX_LENGTH + " characters");
        }
        try {
            return new IndicatorPattern(List.copyOf(new Reader(pattern).pattern()), null);
        } catch (NotMatchable e) {
            return refused(e.getMessage());
        }
    }

    private static IndicatorPattern refused(String reason) {
        return new IndicatorPattern(List.of(), reason);
    }

    private static final class NotMatchable extends RuntimeException {
        NotMatchable(String message) {
            super(message, null, false, false);
        }
    }

    /** A recursive-descent reader over the pattern's characters. */
    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        List<Observable> pattern() {
            List<Observable> all = new ArrayList<>(observation());
            while (keyword("OR")) {
                all.addAll(observation());
            }
            blanks();
            if (at < text.length()) {
                throw new NotMatchable(unsupported());
            }
            return all;
        }

        private List<Observable> observation() {
            blanks();
            if (!next('[')) {
                throw new NotMatchable(
                        at < text.length() && text.charAt(at) == '('
                                ? "grouped observation expressions are not matchable"
                                : "expected [ at character " + (at + 1));
            }
            List<Observable> any = new ArrayList<>();
            any.add(comparison());
            while (keyword("OR")) {
                any.add(comparison());
            }
            blanks();
            if (!next(']')) {
                throw new NotMatchable(unsupported());
            }
            return any;
        }

        private Observable comparison() {
            blanks();
            int start = at;
            while (at < text.length() && " \t\r\n=!<>".indexOf(text.charAt(at)) < 0 && text.charAt(at) != ']') {
                at++;
            }
            String path = text.substring(start, at);
            blanks();
            boolean subset = keyword("ISSUBSET");
            if (!subset && !next('=')) {
                throw new NotMatchable("only = and ISSUBSET comparisons are matchable (at " + path + ")");
            }
            String value = literal();
            return observable(path, value, subset);
        }

        private Observable observable(String path, String value, boolean subset) {
            Observable.Kind expected;
            if (path.equals("ipv4-addr:value")) {
                expected = Observable.Kind.IPV4;
            } else if (path.equals("ipv6-addr:value")) {
                expected = Observable.Kind.IPV6;
            } else if (path.equals("domain-name:value")) {
                expected = Observable.Kind.DOMAIN;
            } else if (path.equals("url:value")) {
                expected = Observable.Kind.URL;
            } else if (path.startsWith("file:hashes.")) {
                String name = path.substring("file:hashes.".length());
                if (name.length() > 1 && name.startsWith("'") && name.endsWith("'")) {
                    name = name.substring(1, name.length() - 1);
                }
                expected = HASHES.get(name.toUpperCase(Locale.ROOT));
                if (expected == null) {
                    throw new NotMatchable("hash " + name + " is not matchable");
                }
            } else {
                throw new NotMatchable("object path " + path + " is not matchable");
            }
            if (subset && expected != Observable.Kind.IPV4 && expected != Observable.Kind.IPV6) {
                throw new NotMatchable("ISSUBSET applies to addresses only (at " + path + ")");
            }
            Optional<Observable> parsed = Observable.parse(value);
            if (parsed.isEmpty() || parsed.get().kind() != expected) {
                throw new NotMatchable("'" + value + "' is not a valid value for " + path);
            }
            return parsed.get();
        }

        /** A single-quoted string; {@code \'} and {@code \\} are the escapes STIX defines. */
        private String literal() {
            blanks();
            if (!next('\'')) {
                throw new NotMatchable("only quoted string values are matchable");
            }
            StringBuilder value = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '\'') {
                    return value.toString();
                }
                if (c == '\\') {
                    if (at >= text.length() || (text.charAt(at) != '\'' && text.charAt(at) != '\\')) {
                        throw new NotMatchable("unknown escape in a string");
                    }
                    c = text.charAt(at++);
                }
                value.append(c);
            }
            throw new NotMatchable("unterminated string");
        }

        private String unsupported() {
            blanks();
            int end = at;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - at < 20) {
                end++;
            }
            String word = text.substring(at, end);
            return word.isEmpty() ? "unexpected end of the pattern" : "'" + word + "' is not matchable (only OR)";
        }

        private boolean keyword(String word) {
            blanks();
            if (text.regionMatches(at, word, 0, word.length())
                    && (at + word.length() == text.length()
                            || !Character.isLetterOrDigit(text.charAt(at + word.length())))) {
                at += word.length();
                return true;
            }
            return false;
        }

        private boolean next(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void blanks() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
