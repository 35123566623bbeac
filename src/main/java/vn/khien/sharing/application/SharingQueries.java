package vn.khien.sharing.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/** What the sharing pages list: collections with their grants, the review queue, received objects. */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR_ADMIN', 'RESPONDER')")
public class SharingQueries {

    private final JdbcClient jdbc;

    SharingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record CollectionRow(
            UUID id,
            String apiRoot,
            String apiRootTitle,
            String title,
            String direction,
            long objects,
            List<GrantRow> grants) {}

    /** Who may read or write a collection, by name: an agency's name, or "any token" for {@link Grant#ANYONE}. */
    public record GrantRow(String organisationCode, String organisationName, boolean canRead, boolean canWrite) {

        public boolean anyone() {
            return Grant.ANYONE.equals(organisationCode);
        }
    }

    public record RequestRow(
            long id,
            String incidentReference,
            String stage,
            List<String> observables,
            String note,
            String proposedTlp,
            String proposedBy,
            Instant proposedAt,
            String status) {}

    public record ReceivedRow(
            String stixId, String type, String name, String tlp, String collection, Instant dateAdded) {}

    /** A remote collection Khiên pulls: where from, into which collection, its cursor and last outcome. */
    public record RemoteRow(
            UUID id, String url, String into, Instant addedAfter, Instant lastPolledAt, String lastError) {}

    public List<RemoteRow> remotes() {
        return jdbc.sql("""
                        SELECT r.id, r.collection_url, c.title, r.added_after, r.last_polled_at, r.last_error
                          FROM sharing.remote_source r JOIN sharing.collection c ON c.id = r.into_collection
                         ORDER BY r.created_at""")
                .query((rs, n) -> new RemoteRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)),
                        rs.getString(6)))
                .list();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public List<CollectionRow> collections() {
        Map<UUID, List<GrantRow>> grants = new HashMap<>();
        jdbc.sql("""
                        SELECT g.collection_id, g.organisation_code, coalesce(a.name, g.organisation_code) AS name,
                               g.can_read, g.can_write
                          FROM sharing.collection_grant g LEFT JOIN %s a ON a.code = g.organisation_code
                         ORDER BY g.organisation_code = '*' DESC,
                                  coalesce(a.name, g.organisation_code) COLLATE public.vietnamese""".formatted(AgencyFacts.AGENCY.name()))
                .query((rs, n) -> grants.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new GrantRow(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5))))
                .list();
        return jdbc.sql("""
                        SELECT c.id, c.api_root, r.title AS root_title, c.title, c.direction,
                               (SELECT count(*) FROM sharing.stix_object o WHERE o.collection_id = c.id AND o.latest) AS objects
                          FROM sharing.collection c JOIN sharing.api_root r ON r.name = c.api_root
                         ORDER BY r.position, c.title""")
                .query((rs, n) -> new CollectionRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("api_root"),
                        rs.getString("root_title"),
                        rs.getString("title"),
                        rs.getString("direction"),
                        rs.getLong("objects"),
                        grants.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    public PageResponse<RequestRow> queue(Paging paging) {
        long total = jdbc.sql("SELECT count(*) FROM sharing.share_request WHERE status = 'PENDING'")
                .query(Long.class)
                .single();
        List<RequestRow> rows = jdbc.sql("""
                        SELECT id, incident_reference, stage, observables, note, proposed_tlp, proposed_by, proposed_at,
                               status FROM sharing.share_request WHERE status = 'PENDING'
                         ORDER BY proposed_at, id LIMIT :size OFFSET :offset""")
                .param("size", paging.size())
                .param("offset", (long) paging.page() * paging.size())
                .query((rs, n) -> new RequestRow(
                        rs.getLong("id"),
                        rs.getString("incident_reference"),
                        rs.getString("stage"),
                        List.of((String[]) rs.getArray("observables").getArray()),
                        rs.getString("note"),
                        rs.getString("proposed_tlp"),
                        rs.getString("proposed_by"),
                        rs.getTimestamp("proposed_at").toInstant(),
                        rs.getString("status")))
                .list();
        return new PageResponse<>(rows, paging.page(), paging.size(), total);
    }

    /** The newest version of every object received (inbound collections), filtered by type and text. */
    public PageResponse<ReceivedRow> received(String type, String text, Paging paging) {
        String where = " " + """
                 c.direction = 'INBOUND' AND o.latest
                 AND (CAST(:type AS text) IS NULL OR o.type = :type)
                 AND (CAST(:text AS text) IS NULL OR o.stix_id = :text
                      OR strpos(lower(coalesce(o.body ->> 'name', '') || ' ' || coalesce(o.body ->> 'pattern', '')),
                                lower(:text)) > 0)""";
        String typeFilter = type == null || type.isBlank() ? null : type.strip();
        String textFilter = text == null || text.isBlank() ? null : text.strip();
        long total = jdbc.sql(
                        "SELECT count(*) FROM sharing.stix_object o JOIN sharing.collection c ON c.id = o.collection_id WHERE "
                                + where)
                .param("type", typeFilter)
                .param("text", textFilter)
                .query(Long.class)
                .single();
        List<ReceivedRow> rows = jdbc.sql("""
                        SELECT o.stix_id, o.type, coalesce(o.body ->> 'name', o.body ->> 'pattern', o.body ->> 'value') AS name,
                               o.tlp, c.title, o.date_added
                          FROM sharing.stix_object o JOIN sharing.collection c ON c.id = o.collection_id
                         WHERE """ + where + " ORDER BY o.seq DESC LIMIT :size OFFSET :offset")
                .param("type", typeFilter)
                .param("text", textFilter)
                .param("size", paging.size())
                .param("offset", (long) paging.page() * paging.size())
                .query((rs, n) -> new ReceivedRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
        return new PageResponse<>(rows, paging.page(), paging.size(), total);
    }
}
