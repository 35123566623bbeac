package vn.khien.compliance.domain;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule's parameters as written in the pack, read with a type. A missing or malformed value is a
 * {@link PackFormatException} naming the rule and the parameter, so a bad edit is refused before it
 * can change any obligation.
 */
public record RuleParameters(String ruleId, Map<String, Object> values) {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    public RuleParameters {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public String text(String name) {
        Object value = values.get(name);
        if (value == null || value.toString().isBlank()) {
            throw problem(name, "is required");
        }
        return value.toString();
    }

    public String text(String name, String fallback) {
        return values.containsKey(name) ? text(name) : fallback;
    }

    public int integer(String name, int fallback) {
        return values.containsKey(name) ? integer(name) : fallback;
    }

    public int integer(String name) {
        Object value = values.get(name);
        if (value instanceof Integer i && i >= 0) {
            return i;
        }
        throw problem(name, "must be a whole number of at least 0");
    }

    public BigDecimal decimal(String name) {
        Object value = values.get(name);
        try {
            return new BigDecimal(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw problem(name, "must be a number");
        }
    }

    /** A list of texts; absent means empty (no restriction). */
    public List<String> texts(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        throw problem(name, "must be a list");
    }

    public List<Integer> integers(String name) {
        return texts(name).stream().map(t -> parseInt(name, t)).toList();
    }

    /** A map from whole number to whole number, e.g. months between assessments by level. */
    public Map<Integer, Integer> integerMap(String name) {
        if (!(values.get(name) instanceof Map<?, ?> map) || map.isEmpty()) {
            throw problem(name, "must map numbers to numbers");
        }
        Map<Integer, Integer> result = new TreeMap<>();
        map.forEach((k, v) -> result.put(parseInt(name, String.valueOf(k)), parseInt(name, String.valueOf(v))));
        return result;
    }

    /** Days of the year written {@code MM-dd}, e.g. {@code 12-14}. */
    public MonthDay monthDay(Object raw, String name) {
        try {
            return MonthDay.parse(String.valueOf(raw), MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw problem(name, "must be a day of the year written MM-dd");
        }
    }

    public List<Map<String, Object>> entries(String name) {
        if (values.get(name) instanceof List<?> list && !list.isEmpty()) {
            return list.stream()
                    .map(e -> {
                        if (e instanceof Map<?, ?> m) {
                            Map<String, Object> entry = new TreeMap<>();
                            m.forEach((k, v) -> entry.put(String.valueOf(k), v));
                            return entry;
                        }
                        throw problem(name, "must be a list of entries");
                    })
                    .toList();
        }
        throw problem(name, "must be a non-empty list");
    }

    private int parseInt(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw problem(name, "must contain whole numbers");
        }
    }

    public PackFormatException problem(String name, String message) {
        return new PackFormatException("rule " + ruleId + ": parameter '" + name + "' " + message);
    }
}
