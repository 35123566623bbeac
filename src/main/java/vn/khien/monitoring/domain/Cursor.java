package vn.khien.monitoring.domain;

/** A read position in a syslog line. */
final class Cursor {

    final String text;
    int pos;

    Cursor(String text, int pos) {
        this.text = text;
        this.pos = pos;
    }

    boolean startsWith(String prefix) {
        return text.startsWith(prefix, pos);
    }

    char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    /** Up to the next space (not consumed). */
    String token() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ' ') {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** One space-terminated field of RFC 5424: exactly one space after it. */
    String field() {
        String value = token();
        if (pos < text.length()) {
            pos++;
        }
        return value;
    }

    String rest() {
        return pos >= text.length() ? "" : text.substring(pos);
    }
}
