package vn.khien.monitoring.domain;

import java.math.BigDecimal;

/** Lenient reads of a JSON event: a missing or oddly typed field is null, never an exception. */
final class JsonFields {

    private static final int MAX_TEXT = 1000;

    private JsonFields() {}

    static String text(JsonEvent event, String path) {
        String text = event.value(path);
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    /** A JSON integer, a number with a fraction (cut to its whole part) or a string of digits; else null. */
    static Integer integer(JsonEvent event, String path) {
        String text = event.value(path);
        if (text == null) {
            return null;
        }
        if (event.isNumber(path) && !digits(text)) {
            try {
                BigDecimal number = new BigDecimal(text);
                return number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0 ? number.intValue() : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String stripped = text.strip();
        return digits(stripped) ? Integer.valueOf(stripped) : null;
    }

    private static boolean digits(String text) {
        if (text.isEmpty() || text.length() > 9 || text.equals("-")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) && !(i == 0 && text.charAt(i) == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A port: 0–65535 or null. */
    static Integer port(JsonEvent event, String path) {
        Integer port = integer(event, path);
        return port != null && port >= 0 && port <= 65535 ? port : null;
    }

    static String first(JsonEvent event, String... paths) {
        for (String path : paths) {
            String text = text(event, path);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
