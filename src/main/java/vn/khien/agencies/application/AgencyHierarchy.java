package vn.khien.agencies.application;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.agencies.domain.AgencyDetails;

/**
 * The hierarchy as it would be after an import: today's parents overlaid with the file's, loaded in
 * one query, so that unknown parents and cycles are found without a query per row.
 */
@Component
class AgencyHierarchy {

    private final JdbcClient jdbc;

    AgencyHierarchy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Codes of the file whose parent is unknown or would make a cycle, with the message key. */
    Map<String, String> parentProblems(Map<String, AgencyDetails> wanted) {
        Map<String, String> parents = new HashMap<>();
        jdbc.sql("SELECT code, parent_code FROM agencies.agency").query(rs -> {
            parents.put(rs.getString(1), rs.getString(2));
        });
        wanted.forEach((code, details) -> parents.put(code, details.parentCode()));
        Map<String, String> problems = new LinkedHashMap<>();
        wanted.forEach((code, details) -> {
            String parent = details.parentCode();
            if (parent == null) {
                return;
            }
            if (!parents.containsKey(parent)) {
                problems.put(code, "agencies.error.parent-unknown");
            } else if (reaches(parents, parent, code)) {
                problems.put(code, "agencies.error.parent-cycle");
            }
        });
        return problems;
    }

    /** The same entries, each parent before its children (parents outside the file already exist). */
    Map<String, AgencyDetails> parentsFirst(Map<String, AgencyDetails> wanted) {
        Map<String, AgencyDetails> ordered = new LinkedHashMap<>();
        wanted.keySet().forEach(code -> add(code, wanted, ordered));
        return ordered;
    }

    private static void add(String code, Map<String, AgencyDetails> wanted, Map<String, AgencyDetails> ordered) {
        if (ordered.containsKey(code)) {
            return;
        }
        String parent = wanted.get(code).parentCode();
        if (parent != null && wanted.containsKey(parent)) {
            add(parent, wanted, ordered);
        }
        ordered.put(code, wanted.get(code));
    }

    /** Whether walking up from {@code start} meets {@code target}; bounded so a bad chain cannot loop. */
    private static boolean reaches(Map<String, String> parents, String start, String target) {
        String current = start;
        for (int steps = 0; current != null && steps <= parents.size(); steps++) {
            if (current.equals(target)) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }
}
