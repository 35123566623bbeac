package vn.khien.sharing.stix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What the schemas cannot say about a set of objects Khiên emits: every marking is one of the five TLP
 * 2.0 definitions and travels in the set, every {@code created_by_ref} names an identity in the set, and
 * every timestamp Khiên writes has exactly milliseconds.
 */
final class StixChecks {

    private static final Pattern MILLIS = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$");
    private static final Set<String> TIMESTAMPS =
            Set.of("created", "modified", "valid_from", "first_seen", "first_observed", "last_observed", "published");

    private StixChecks() {}

    static List<String> problems(List<? extends JsonNode> objects) {
        Set<String> ids = new HashSet<>();
        objects.forEach(o -> ids.add(o.path("id").asString()));
        List<String> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            String id = object.path("id").asString();
            for (JsonNode marking : object.path("object_marking_refs")) {
                if (TlpMarking.byId(marking.asString()).isEmpty()) {
                    problems.add(id + ": marking " + marking.asString() + " is not a TLP 2.0 definition");
                } else if (!ids.contains(marking.asString())) {
                    problems.add(id + ": marking " + marking.asString() + " does not travel with the objects");
                }
            }
            if (!object.path("type").asString().equals("marking-definition")
                    && object.path("object_marking_refs").isEmpty()) {
                problems.add(id + ": no TLP marking");
            }
            JsonNode creator = object.path("created_by_ref");
            if (!creator.isMissingNode() && !ids.contains(creator.asString())) {
                problems.add(id + ": created_by_ref " + creator.asString() + " is not among the objects");
            }
            for (String field : TIMESTAMPS) {
                JsonNode value = object.path(field);
                if (!value.isMissingNode() && !MILLIS.matcher(value.asString()).matches()) {
                    problems.add(id + ": " + field + " " + value.asString() + " is not in milliseconds");
                }
            }
        }
        return problems;
    }
}
