package vn.khien.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.sharing.SharingChanged;
import vn.khien.sharing.stix.ReceivedObject;

/**
 * Received STIX brought in by the coordinator: a bundle ({@code "type": "bundle"}) or a TAXII envelope
 * into an inbound collection. Refused objects (unknown types, bad ids or timestamps) are left out.
 */
@Service
public class BundleImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ObjectStore store;
    private final CollectionDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BundleImport(ObjectStore store, CollectionDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** What an import did: objects stored, refused. */
    /** Serializable: it travels to the next page as a flash attribute in the (PostgreSQL) session. */
    public record Imported(int stored, int refused) implements java.io.Serializable {}

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public Imported receive(UUID collection, String json) {
        if (!directory.goes(collection, "INBOUND")) {
            throw new ObjectNotFoundException("collection", String.valueOf(collection));
        }
        JsonNode document;
        try {
            document = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException("file", "sharing.import.error.json");
        }
        if (document == null || !document.path("objects").isArray()) {
            throw new InvalidInputException("file", "sharing.import.error.bundle");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<ReceivedObject> valid = new ArrayList<>();
        int refused = 0;
        for (JsonNode node : document.path("objects")) {
            if (ReceivedObject.read(node, now) instanceof ReceivedObject object) {
                valid.add(object);
            } else {
                refused++;
            }
        }
        int stored = store.add(collection, valid, List.of(), now);
        events.publishEvent(new SharingChanged(
                "sharing.objects.imported",
                "collection",
                collection.toString(),
                stored + " stored, " + refused + " refused"));
        return new Imported(stored, refused);
    }
}
