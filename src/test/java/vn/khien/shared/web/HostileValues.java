package vn.khien.shared.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.springframework.core.ResolvableType;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Values an attacker or a clumsy client sends: NUL, megabyte strings, negative, zero and enormous
 * numbers, dates as bare numbers or impossible days, wrong JSON types and bytes that are not UTF-8.
 * Plausible text starts with {@code FUZZ-} so anything it manages to create is recognisable and
 * collides with no other test's codes.
 */
final class HostileValues {

    /** A query value spelled in the URL as bytes that are not UTF-8. */
    static final String INVALID_UTF8 = "<invalid-utf8>";

    /** Huge for a URL (servers cap request lines far below it) yet cheap enough to send often. */
    private static final String HUGE = "x".repeat(100_000);

    /** A megabyte, sent in JSON bodies: past every column, far below the body limits. */
    private static final String MEGABYTE = "x".repeat(1 << 20);

    private static final List<String> TEXT = List.of(
            "",
            " ",
            "FUZZ\u0000",
            "\u0000",
            "a\u0000b",
            "%00",
            HUGE,
            "Đ".repeat(5000),
            "' OR '1'='1",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "\uD800",
            "🛡️",
            "-1",
            "0",
            "9".repeat(40),
            INVALID_UTF8);

    private static final List<String> NUMBERS = List.of(
            "-1",
            "0",
            "-2147483648",
            "2147483648",
            "9223372036854775808",
            "-9".repeat(30),
            "1e400",
            "NaN",
            "1.5",
            "x",
            "\u0000",
            INVALID_UTF8);

    private static final List<String> DATES = List.of(
            "-1",
            "0",
            "2026-02-30",
            "31/12/1969",
            "1969-12-31",
            "+999999999-12-31",
            "-999999999-01-01",
            "99999-01-01",
            "2026-13-01",
            "2026-1-1",
            "\u0000",
            "",
            INVALID_UTF8);

    private static final List<String> WRONG_JSON = List.of(
            "{}",
            "[]",
            "[[[[[[]]]]]]",
            "true",
            "-1",
            "0",
            "1e400",
            "99999999999999999999999",
            "\"\\u0000\"",
            "null",
            "{\"\\u0000\":\"\\u0000\"}",
            "[\"\\u0000\"]");

    private HostileValues() {}

    static int pick(RandomnessSource in, int size) {
        return Generate.range(0, size - 1).generate(in);
    }

    private static String plausible(RandomnessSource in) {
        return "FUZZ-" + Long.toString(Generate.longRange(0, Long.MAX_VALUE).generate(in), 36);
    }

    /** A query parameter or path segment for a parameter of the given type. */
    static String queryValue(RandomnessSource in, Type type) {
        Class<?> raw = ResolvableType.forType(type).toClass();
        List<String> values = Number.class.isAssignableFrom(raw) || raw.isPrimitive()
                ? NUMBERS
                : Temporal.class.isAssignableFrom(raw) ? DATES : TEXT;
        if (raw.isEnum() && pick(in, 3) == 0) {
            Object[] constants = raw.getEnumConstants();
            return ((Enum<?>) constants[pick(in, constants.length)]).name();
        }
        return pick(in, 5) == 0 ? plausible(in) : values.get(pick(in, values.size()));
    }

    /** A JSON body for the type: mostly its own shape with hostile members, sometimes anything but. */
    static byte[] body(RandomnessSource in, Type type) {
        return switch (pick(in, 12)) {
            case 0 -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
            case 1 -> "{\"unfinished\": ".getBytes(StandardCharsets.UTF_8);
            case 2 -> "[".repeat(5000).getBytes(StandardCharsets.UTF_8);
            case 3 -> WRONG_JSON.get(pick(in, WRONG_JSON.size())).getBytes(StandardCharsets.UTF_8);
            default -> json(in, ResolvableType.forType(type), 0).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String json(RandomnessSource in, ResolvableType type, int depth) {
        Class<?> raw = type.toClass();
        if (pick(in, 8) == 0) {
            return WRONG_JSON.get(pick(in, WRONG_JSON.size()));
        }
        if (raw.isRecord() && depth < 3) {
            StringBuilder object = new StringBuilder("{");
            for (RecordComponent component : raw.getRecordComponents()) {
                if (pick(in, 6) == 0) {
                    continue;
                }
                object.append(object.length() > 1 ? "," : "")
                        .append(quote(component.getName()))
                        .append(':')
                        .append(json(in, ResolvableType.forType(component.getGenericType()), depth + 1));
            }
            return object.append('}').toString();
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            ResolvableType element = raw.isArray()
                    ? type.getComponentType()
                    : type.asCollection().getGeneric(0);
            int size = pick(in, 4);
            StringBuilder array = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                array.append(i > 0 ? "," : "").append(json(in, element, depth + 1));
            }
            return array.append(']').toString();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "{" + quote(TEXT.get(pick(in, TEXT.size()))) + ":" + quote(plausible(in)) + "}";
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != boolean.class) {
            String number = NUMBERS.get(pick(in, NUMBERS.size()));
            return number.matches("-?[0-9.e]+") ? number : quote(number);
        }
        if (Temporal.class.isAssignableFrom(raw)) {
            String date = DATES.get(pick(in, DATES.size()));
            return date.matches("-?[0-9]+") && pick(in, 2) == 0 ? date : quote(date);
        }
        if (raw.isEnum() && pick(in, 2) == 0) {
            Object[] constants = raw.getEnumConstants();
            return quote(((Enum<?>) constants[pick(in, constants.length)]).name());
        }
        if (raw == UUID.class && pick(in, 2) == 0) {
            return quote(UUID.nameUUIDFromBytes(plausible(in).getBytes(StandardCharsets.UTF_8))
                    .toString());
        }
        int choice = pick(in, 8);
        return choice == 0
                ? quote(plausible(in))
                : choice == 1 ? quote(MEGABYTE) : quote(TEXT.get(pick(in, TEXT.size())));
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        JsonStringEncoder.getInstance().quoteAsString(text, quoted);
        return quoted.append('"').toString();
    }
}
