package vn.khien;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals and text blocks of a Java source file, comments and character literals left out.
 * Enough of Java's lexical rules to find them; escapes are kept as written.
 */
final class JavaStrings {

    /** The text between the quotes and the line it starts on (1-based). */
    record Literal(String text, int line) {}

    private JavaStrings() {}

    static List<Literal> of(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += newlines(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, i + 3, "\"\"\"");
                literals.add(new Literal(source.substring(i + 3, end), line));
                line += newlines(source, i, end);
                i = Math.min(end + 3, source.length());
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i + 1, String.valueOf(c));
                if (c == '"') {
                    literals.add(new Literal(source.substring(i + 1, end), line));
                }
                i = Math.min(end + 1, source.length());
            } else {
                i++;
            }
        }
        return literals;
    }

    /** Where the unescaped {@code quote} that ends a literal starting at {@code from} is. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }

    private static int newlines(String source, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
