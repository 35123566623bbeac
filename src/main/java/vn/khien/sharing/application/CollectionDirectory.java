package vn.khien.sharing.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The API roots and the collections a TAXII reader may know of, with their grants. */
@Service
public class CollectionDirectory {

    private final JdbcClient jdbc;

    CollectionDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ApiRoot(String name, String title, String description) {}

    public record Collection(UUID id, String apiRoot, String title, String description, Grant grant) {}

    public List<ApiRoot> apiRoots() {
        return jdbc.sql("SELECT name, title, description FROM sharing.api_root ORDER BY position, name")
                .query(ApiRoot.class)
                .list();
    }

    public Optional<ApiRoot> apiRoot(String name) {
        return jdbc.sql("SELECT name, title, description FROM sharing.api_root WHERE name = :name")
                .param("name", name)
                .query(ApiRoot.class)
                .optional();
    }

    /** Whether the collection exists and goes the given way ({@code OUTBOUND} or {@code INBOUND}). */
    public boolean goes(UUID collection, String direction) {
        return collection != null
                && jdbc.sql("SELECT count(*) FROM sharing.collection WHERE id = :id AND direction = :direction")
                                .param("id", collection)
                                .param("direction", direction)
                                .query(Integer.class)
                                .single()
                        > 0;
    }

    /** The collections of an API root the reader holds a grant on (others are not disclosed). */
    public List<Collection> collections(String apiRoot, TaxiiReader reader) {
        return jdbc
                .sql(GRANTED.formatted("c.api_root = :root") + " ORDER BY c.title, c.id")
                .param("root", apiRoot)
                .param("org", reader.organisationCode())
                .param("anyone", Grant.ANYONE)
                .query(CollectionDirectory::collection)
                .list()
                .stream()
                .filter(c -> c.grant().any())
                .toList();
    }

    /** One collection of the API root, if the reader holds a grant on it. */
    public Optional<Collection> collection(String apiRoot, UUID id, TaxiiReader reader) {
        return jdbc.sql(GRANTED.formatted("c.api_root = :root AND c.id = :id"))
                .param("root", apiRoot)
                .param("id", id)
                .param("org", reader.organisationCode())
                .param("anyone", Grant.ANYONE)
                .query(CollectionDirectory::collection)
                .optional()
                .filter(c -> c.grant().any());
    }

    private static final String GRANTED = """
            SELECT c.id, c.api_root, c.title, c.description,
                   coalesce(bool_or(g.can_read), false) AS can_read,
                   coalesce(bool_or(g.can_write) FILTER (WHERE g.organisation_code = :org), false) AS can_write,
                   coalesce(bool_or(g.organisation_code = :org), false) AS named
              FROM sharing.collection c
              LEFT JOIN sharing.collection_grant g
                ON g.collection_id = c.id AND g.organisation_code IN (:org, :anyone)
             WHERE %s
             GROUP BY c.id""";

    private static Collection collection(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Collection(
                rs.getObject("id", UUID.class),
                rs.getString("api_root"),
                rs.getString("title"),
                rs.getString("description"),
                new Grant(rs.getBoolean("can_read"), rs.getBoolean("can_write"), rs.getBoolean("named")));
    }
}
