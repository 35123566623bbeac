package vn.khien.sharing.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.khien.sharing.stix.ReceivedObject;
import vn.khien.sharing.stix.StixTime;

/**
 * Every version of every STIX object of a collection, in one table, written and read in sets. TLP is
 * enforced in the one SQL condition every read goes through ({@link #VISIBLE}), so an object a reader
 * may not have never reaches a page, a manifest, a versions list or the count behind {@code next}.
 */
@Repository
public class ObjectStore {

    /**
     * TLP 2.0 for a reader of the collection: CLEAR for every reader; GREEN (and unmarked objects) for the
     * organisations named on the collection, the community; AMBER and AMBER+STRICT only for the
     * organisations named on the object; RED never.
     */
    static final String VISIBLE = """
            (o.tlp = 'CLEAR'
             OR (:named AND (o.tlp IS NULL OR o.tlp = 'GREEN'))
             OR (o.tlp IN ('AMBER', 'AMBER_STRICT') AND :org = ANY (o.audience)))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ReceivedIndicators indicators;

    ObjectStore(JdbcClient jdbc, JdbcTemplate template, ReceivedIndicators indicators) {
        this.jdbc = jdbc;
        this.template = template;
        this.indicators = indicators;
    }

    /**
     * Tells every node's {@link ReceivedIndicators} that objects changed: the version moves with the
     * transaction, and this node looks at it as soon as the change is committed.
     */
    private void changed() {
        jdbc.sql("UPDATE sharing.indicator_set SET version = version + 1 WHERE id = 1")
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    indicators.changed();
                }
            });
        } else {
            indicators.changed();
        }
    }

    /**
     * Adds the objects to the collection at {@code dateAdded}; a version the collection already holds is
     * kept as it was. Returns how many versions were new.
     */
    public int add(UUID collection, List<ReceivedObject> objects, List<String> audience, Instant dateAdded) {
        if (objects.isEmpty()) {
            return 0;
        }
        int[][] counts = template.batchUpdate("""
                INSERT INTO sharing.stix_object (collection_id, stix_id, type, spec_version, version, version_text,
                                                 tlp, audience, date_added, latest, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, false, CAST(? AS jsonb))
                ON CONFLICT (collection_id, stix_id, version) DO NOTHING""", objects, 500, (ps, o) -> {
            ps.setObject(1, collection);
            ps.setString(2, o.stixId());
            ps.setString(3, o.type());
            ps.setString(4, o.specVersion());
            ps.setTimestamp(5, Timestamp.from(o.version()));
            ps.setString(6, o.versionText());
            ps.setString(7, o.tlp() == null ? null : o.tlp().name());
            ps.setArray(8, ps.getConnection().createArrayOf("text", audience.toArray()));
            ps.setTimestamp(9, Timestamp.from(dateAdded));
            ps.setString(10, o.body().toString());
        });
        jdbc.sql("""
                        UPDATE sharing.stix_object o SET latest = (o.version = m.newest)
                          FROM (SELECT stix_id, max(version) AS newest FROM sharing.stix_object
                                 WHERE collection_id = :c AND stix_id = ANY (:ids) GROUP BY stix_id) m
                         WHERE o.collection_id = :c AND o.stix_id = m.stix_id
                           AND o.latest IS DISTINCT FROM (o.version = m.newest)""")
                .param("c", collection)
                .param(
                        "ids",
                        objects.stream().map(ReceivedObject::stixId).distinct().toArray(String[]::new))
                .update();
        if (objects.stream().anyMatch(o -> o.type().equals("indicator"))) {
            changed();
        }
        int added = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                added += Math.max(count, 0);
            }
        }
        return added;
    }

    /** One page of what the reader may see in the collection, in the order it was added. */
    public ObjectPage page(UUID collection, ObjectFilter filter, String organisation, boolean named) {
        Map<String, Object> params = new HashMap<>();
        String where = where(collection, filter, organisation, named, params);
        List<StoredObject> rows = jdbc.sql("""
                        SELECT o.seq, o.stix_id, o.type, o.version_text, o.date_added, o.spec_version, o.body::text AS body
                          FROM sharing.stix_object o
                         WHERE %s
                         ORDER BY o.seq
                         LIMIT :limit_plus_one""".formatted(where))
                .params(params)
                .param("limit_plus_one", filter.limit() + 1)
                .query((rs, n) -> new StoredObject(
                        rs.getLong("seq"),
                        rs.getString("stix_id"),
                        rs.getString("type"),
                        rs.getString("version_text"),
                        rs.getTimestamp("date_added").toInstant(),
                        rs.getString("spec_version"),
                        rs.getString("body")))
                .list();
        boolean more = rows.size() > filter.limit();
        return new ObjectPage(more ? rows.subList(0, filter.limit()) : rows, more);
    }

    /** Deletes the matching versions of one object that the reader sees; returns how many. */
    public int delete(UUID collection, ObjectFilter filter, String organisation, boolean named) {
        Map<String, Object> params = new HashMap<>();
        String where = where(collection, filter, organisation, named, params);
        int deleted = jdbc.sql("DELETE FROM sharing.stix_object o WHERE " + where)
                .params(params)
                .update();
        jdbc.sql("""
                        UPDATE sharing.stix_object o SET latest = true
                         WHERE o.collection_id = :c AND o.stix_id = ANY (:ids) AND NOT o.latest
                           AND NOT EXISTS (SELECT 1 FROM sharing.stix_object n WHERE n.collection_id = o.collection_id
                                              AND n.stix_id = o.stix_id AND n.version > o.version)""")
                .param("c", collection)
                .param("ids", filter.ids().toArray(String[]::new))
                .update();
        if (deleted > 0) {
            changed();
        }
        return deleted;
    }

    private static String where(
            UUID collection, ObjectFilter filter, String organisation, boolean named, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("o.collection_id = :collection");
        conditions.add("o.seq > :after_seq");
        conditions.add(VISIBLE);
        params.put("collection", collection);
        params.put("after_seq", filter.afterSeq());
        params.put("org", organisation);
        params.put("named", named);
        if (filter.addedAfter() != null) {
            conditions.add("o.date_added > :added_after");
            params.put("added_after", Timestamp.from(filter.addedAfter()));
        }
        if (!filter.ids().isEmpty()) {
            conditions.add("o.stix_id = ANY (:ids)");
            params.put("ids", filter.ids().toArray(String[]::new));
        }
        if (!filter.types().isEmpty()) {
            conditions.add("o.type = ANY (:types)");
            params.put("types", filter.types().toArray(String[]::new));
        }
        if (!filter.specVersions().isEmpty()) {
            conditions.add("o.spec_version = ANY (:spec_versions)");
            params.put("spec_versions", filter.specVersions().toArray(String[]::new));
        }
        conditions.add(versions(filter.versions(), params));
        return String.join(" AND ", conditions);
    }

    private static String versions(List<String> versions, Map<String, Object> params) {
        if (versions.isEmpty() || versions.contains("all")) {
            return "true";
        }
        List<String> any = new ArrayList<>();
        if (versions.contains("last")) {
            any.add("o.latest");
        }
        if (versions.contains("first")) {
            any.add("NOT EXISTS (SELECT 1 FROM sharing.stix_object e WHERE e.collection_id = o.collection_id"
                    + " AND e.stix_id = o.stix_id AND e.version < o.version)");
        }
        String[] at = versions.stream()
                .map(StixTime::parse)
                .flatMap(java.util.Optional::stream)
                .map(Instant::toString)
                .toArray(String[]::new);
        if (at.length > 0) {
            any.add("o.version = ANY (CAST(:version_at AS timestamptz[]))");
            params.put("version_at", at);
        }
        return any.isEmpty() ? "false" : "(" + String.join(" OR ", any) + ")";
    }
}
