package vn.khien.monitoring.application;

/** PostgreSQL COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private final StringBuilder out;
    private boolean first = true;

    CopyText(int capacity) {
        out = new StringBuilder(capacity);
    }

    CopyText add(Object value) {
        if (!first) {
            out.append('\t');
        }
        first = false;
        if (value == null) {
            out.append("\\N");
            return this;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u0000' -> {} // PostgreSQL text cannot hold NUL
                default -> out.append(c);
            }
        }
        return this;
    }

    void endRow() {
        out.append('\n');
        first = true;
    }

    CharSequence text() {
        return out;
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
