package vn.khien.assessments.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CVSS v3.0/v3.1 vector string (FIRST specification §6): {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}.
 * The eight base metrics are required, each once, with their defined values; temporal and environmental
 * metrics may follow. Only the text is kept: the score is for the assessor's tool to compute.
 */
public final class CvssVector {

    private static final Map<String, Set<String>> BASE = new LinkedHashMap<>();
    private static final Map<String, Set<String>> OPTIONAL = Map.ofEntries(
            Map.entry("E", Set.of("X", "U", "P", "F", "H")),
            Map.entry("RL", Set.of("X", "O", "T", "W", "U")),
            Map.entry("RC", Set.of("X", "U", "R", "C")),
            Map.entry("CR", Set.of("X", "L", "M", "H")),
            Map.entry("IR", Set.of("X", "L", "M", "H")),
            Map.entry("AR", Set.of("X", "L", "M", "H")),
            Map.entry("MAV", Set.of("X", "N", "A", "L", "P")),
            Map.entry("MAC", Set.of("X", "L", "H")),
            Map.entry("MPR", Set.of("X", "N", "L", "H")),
            Map.entry("MUI", Set.of("X", "N", "R")),
            Map.entry("MS", Set.of("X", "U", "C")),
            Map.entry("MC", Set.of("X", "N", "L", "H")),
            Map.entry("MI", Set.of("X", "N", "L", "H")),
            Map.entry("MA", Set.of("X", "N", "L", "H")));

    static {
        BASE.put("AV", Set.of("N", "A", "L", "P"));
        BASE.put("AC", Set.of("L", "H"));
        BASE.put("PR", Set.of("N", "L", "H"));
        BASE.put("UI", Set.of("N", "R"));
        BASE.put("S", Set.of("U", "C"));
        BASE.put("C", Set.of("N", "L", "H"));
        BASE.put("I", Set.of("N", "L", "H"));
        BASE.put("A", Set.of("N", "L", "H"));
    }

    private CvssVector() {}

    /** The vector as written (trimmed) when valid; empty when it is not a CVSS v3 vector. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String vector = text.strip();
        if (vector.length() > 200 || !(vector.startsWith("CVSS:3.1/") || vector.startsWith("CVSS:3.0/"))) {
            return Optional.empty();
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String part : vector.substring("CVSS:3.x/".length()).split("/", -1)) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            String metric = part.substring(0, colon);
            String value = part.substring(colon + 1);
            Set<String> allowed = BASE.containsKey(metric) ? BASE.get(metric) : OPTIONAL.get(metric);
            if (allowed == null || !allowed.contains(value) || seen.put(metric, value) != null) {
                return Optional.empty();
            }
        }
        return seen.keySet().containsAll(BASE.keySet()) ? Optional.of(vector) : Optional.empty();
    }

    /** The base metric names in the specification's order, for tests and help texts. */
    static Map<String, Set<String>> baseMetrics() {
        return BASE;
    }
}
