package vn.khien.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.sharing.SharingChanged;
import vn.khien.sharing.application.CollectionDirectory.Collection;
import vn.khien.sharing.stix.ReceivedObject;

/**
 * The TAXII 2.1 uses of a collection: the reader's grant is checked (no grant: 404, as if the collection
 * did not exist; the wrong grant: 403), then the store answers within the reader's TLP.
 */
@Service
public class TaxiiExchange {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final CollectionDirectory directory;
    private final ObjectStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaxiiExchange(
            CollectionDirectory directory,
            ObjectStore store,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.directory = directory;
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public Collection known(String root, UUID id, TaxiiReader reader) {
        return directory
                .collection(root, id, reader)
                .orElseThrow(() -> new ObjectNotFoundException("collection", id.toString()));
    }

    @Transactional(readOnly = true)
    public ObjectPage read(String root, UUID id, ObjectFilter filter, TaxiiReader reader) {
        Collection collection = known(root, id, reader);
        if (!collection.grant().canRead()) {
            throw new AccessDeniedException("no read grant");
        }
        return store.page(
                id, filter, reader.organisationCode(), collection.grant().named());
    }

    /**
     * Stores the valid objects of an envelope and says which were refused. AMBER and AMBER+STRICT objects
     * a client adds may reach only its own organisation over TAXII until the coordinator shares them on.
     */
    @Transactional
    public TaxiiStatus add(String root, UUID id, List<JsonNode> objects, TaxiiReader reader) {
        Collection collection = known(root, id, reader);
        if (!collection.grant().canWrite()) {
            throw new AccessDeniedException("no write grant");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<ReceivedObject> valid = new ArrayList<>();
        List<TaxiiStatus.Outcome> successes = new ArrayList<>();
        List<TaxiiStatus.Outcome> failures = new ArrayList<>();
        for (JsonNode node : objects) {
            Object read = ReceivedObject.read(node, now);
            if (read instanceof ReceivedObject object) {
                valid.add(object);
                successes.add(new TaxiiStatus.Outcome(object.stixId(), object.versionText(), null));
            } else {
                var refusal = (ReceivedObject.Refusal) read;
                failures.add(new TaxiiStatus.Outcome(refusal.stixId(), null, refusal.message()));
            }
        }
        store.add(id, valid, List.of(reader.organisationCode()), now);
        TaxiiStatus status = new TaxiiStatus(UUID.randomUUID(), now, objects.size(), successes, failures);
        jdbc.sql("""
                        INSERT INTO sharing.taxii_status (id, api_root, organisation_code, request_timestamp, total_count,
                                                          success_count, failure_count, successes, failures)
                        VALUES (:id, :root, :org, :at, :total, :ok, :failed, CAST(:successes AS jsonb),
                                CAST(:failures AS jsonb))""")
                .param("id", status.id())
                .param("root", root)
                .param("org", reader.organisationCode())
                .param("at", java.sql.Timestamp.from(now))
                .param("total", objects.size())
                .param("ok", successes.size())
                .param("failed", failures.size())
                .param("successes", JSON.writeValueAsString(successes))
                .param("failures", JSON.writeValueAsString(failures))
                .update();
        events.publishEvent(new SharingChanged(
                "sharing.objects.added",
                "collection",
                id.toString(),
                successes.size() + " added, " + failures.size() + " refused by " + reader.actor()));
        return status;
    }

    @Transactional
    public int delete(String root, UUID id, ObjectFilter filter, TaxiiReader reader) {
        Collection collection = known(root, id, reader);
        if (!collection.grant().canWrite() || !collection.grant().canRead()) {
            throw new AccessDeniedException("no read and write grant");
        }
        int deleted = store.delete(
                id, filter, reader.organisationCode(), collection.grant().named());
        if (deleted == 0) {
            throw new ObjectNotFoundException("object", String.join(",", filter.ids()));
        }
        events.publishEvent(new SharingChanged(
                "sharing.objects.deleted",
                "collection",
                id.toString(),
                filter.ids() + " ×" + deleted + " by " + reader.actor()));
        return deleted;
    }

    /** A status resource, only for the organisation that posted the envelope. */
    public Optional<TaxiiStatus> status(String root, UUID statusId, TaxiiReader reader) {
        return jdbc.sql("""
                        SELECT id, request_timestamp, total_count, successes::text, failures::text
                          FROM sharing.taxii_status WHERE id = :id AND api_root = :root AND organisation_code = :org""")
                .param("id", statusId)
                .param("root", root)
                .param("org", reader.organisationCode())
                .query((rs, n) -> new TaxiiStatus(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getInt(3),
                        outcomes(rs.getString(4)),
                        outcomes(rs.getString(5))))
                .optional();
    }

    private static List<TaxiiStatus.Outcome> outcomes(String json) {
        return List.of(JSON.readValue(json, TaxiiStatus.Outcome[].class));
    }
}
