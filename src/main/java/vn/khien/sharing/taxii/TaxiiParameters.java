package vn.khien.sharing.taxii;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.khien.sharing.application.ObjectFilter;
import vn.khien.sharing.stix.StixTime;

/**
 * Reads the TAXII 2.1 URL parameters (§3.4, §3.5) into a filter; anything malformed is a 400 in the
 * TAXII error format. {@code next} is the position after which the next page starts, opaque to clients.
 */
final class TaxiiParameters {

    static final int MAX_PAGE = 1000;
    static final int DEFAULT_PAGE = 100;

    private TaxiiParameters() {}

    static ObjectFilter read(Map<String, String> params, String defaultVersion) {
        Instant addedAfter = null;
        if (params.containsKey("added_after")) {
            addedAfter = StixTime.parse(params.get("added_after"))
                    .orElseThrow(() -> TaxiiError.badRequest("added_after is not a timestamp"));
        }
        int limit = DEFAULT_PAGE;
        if (params.containsKey("limit")) {
            limit = positive(params.get("limit"), "limit");
            limit = Math.min(limit, MAX_PAGE);
        }
        long after = params.containsKey("next") ? next(params.get("next")) : 0;
        List<String> versions = list(params.get("match[version]"));
        for (String version : versions) {
            if (!List.of("last", "first", "all").contains(version)
                    && StixTime.parse(version).isEmpty()) {
                throw TaxiiError.badRequest("match[version] takes last, first, all or timestamps");
            }
        }
        List<String> specVersions = list(params.get("match[spec_version]"));
        if (!specVersions.stream().allMatch(v -> v.equals("2.0") || v.equals("2.1"))) {
            throw TaxiiError.badRequest("match[spec_version] takes 2.0 or 2.1");
        }
        return new ObjectFilter(
                addedAfter,
                list(params.get("match[id]")),
                list(params.get("match[type]")),
                versions.isEmpty() && defaultVersion != null ? List.of(defaultVersion) : versions,
                specVersions,
                after,
                limit);
    }

    static String next(long seq) {
        return Long.toString(seq, 36);
    }

    private static long next(String text) {
        try {
            long seq = Long.parseLong(text, 36);
            if (seq < 0) {
                throw TaxiiError.badRequest("next is not one this server gave");
            }
            return seq;
        } catch (NumberFormatException e) {
            throw TaxiiError.badRequest("next is not one this server gave");
        }
    }

    private static int positive(String text, String name) {
        try {
            int value = Integer.parseInt(text);
            if (value < 1) {
                throw TaxiiError.badRequest(name + " must be a positive integer");
            }
            return value;
        } catch (NumberFormatException e) {
            throw TaxiiError.badRequest(name + " must be a positive integer");
        }
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }
}
