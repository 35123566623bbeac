package vn.khien.shared.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tables in an order in which every foreign key finds its row: referenced tables before their referrers. */
final class LoadOrder {

    private LoadOrder() {}

    static List<BackupManifest.Table> parentsFirst(Connection connection, List<BackupManifest.Table> tables)
            throws SQLException {
        Map<String, BackupManifest.Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.schema() + "." + t.name(), t));
        Map<String, Set<String>> parents = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(Sql.REFERENCES)) {
            while (rows.next()) {
                parents.computeIfAbsent(rows.getString(1), k -> new HashSet<>()).add(rows.getString(2));
            }
        }
        List<BackupManifest.Table> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String name : byName.keySet()) {
            place(name, byName, parents, placed, visiting, ordered);
        }
        return ordered;
    }

    private static void place(
            String name,
            Map<String, BackupManifest.Table> byName,
            Map<String, Set<String>> parents,
            Set<String> placed,
            Set<String> visiting,
            List<BackupManifest.Table> ordered) {
        if (placed.contains(name) || !byName.containsKey(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw new IllegalStateException("foreign keys form a loop through " + name + ": no load order exists");
        }
        for (String parent : parents.getOrDefault(name, Set.of())) {
            place(parent, byName, parents, placed, visiting, ordered);
        }
        visiting.remove(name);
        placed.add(name);
        ordered.add(byName.get(name));
    }
}
