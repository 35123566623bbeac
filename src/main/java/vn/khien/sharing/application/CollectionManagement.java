package vn.khien.sharing.application;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.sharing.SharingChanged;

/** The coordinator opens collections in an API root and grants organisations read or write access. */
@Service
public class CollectionManagement {

    /** OUTBOUND: what the province publishes; INBOUND: what the centre and peers send or Khiên pulls. */
    public static final Set<String> DIRECTIONS = Set.of("OUTBOUND", "INBOUND");

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CollectionManagement(JdbcClient jdbc, AgencyDirectory agencies, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public UUID open(String apiRoot, String title, String description, String direction) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidInputException("title", "sharing.collection.error.title");
        }
        if (!DIRECTIONS.contains(direction)) {
            throw new InvalidInputException("direction", "sharing.collection.error.direction");
        }
        if (jdbc.sql("SELECT count(*) FROM sharing.api_root WHERE name = :n")
                        .param("n", apiRoot)
                        .query(Integer.class)
                        .single()
                == 0) {
            throw new InvalidInputException("apiRoot", "sharing.collection.error.api-root");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO sharing.collection (id, api_root, title, description, direction, created_at)
                        VALUES (:id, :root, :title, :description, :direction, :at)""")
                .param("id", id)
                .param("root", apiRoot)
                .param("title", title.strip())
                .param("description", description == null || description.isBlank() ? null : description.strip())
                .param("direction", direction)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new SharingChanged("sharing.collection.opened", "collection", id.toString(), title));
        return id;
    }

    /** Grants (or changes) an organisation's access; {@link Grant#ANYONE} for every token holder. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void grant(UUID collection, String organisationCode, boolean canRead, boolean canWrite) {
        requireCollection(collection);
        if (organisationCode == null
                || (!Grant.ANYONE.equals(organisationCode)
                        && agencies.find(organisationCode).isEmpty())) {
            throw new InvalidInputException("organisationCode", "sharing.grant.error.organisation");
        }
        if (!canRead && !canWrite) {
            throw new InvalidInputException("canRead", "sharing.grant.error.nothing");
        }
        jdbc.sql("""
                        INSERT INTO sharing.collection_grant (collection_id, organisation_code, can_read, can_write,
                                                              granted_by, granted_at)
                        VALUES (:c, :org, :r, :w, :by, :at)
                        ON CONFLICT (collection_id, organisation_code)
                        DO UPDATE SET can_read = :r, can_write = :w, granted_by = :by, granted_at = :at""")
                .param("c", collection)
                .param("org", organisationCode)
                .param("r", canRead)
                .param("w", canWrite)
                .param("by", actor())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new SharingChanged(
                "sharing.grant.changed",
                "collection",
                collection.toString(),
                organisationCode + (canRead ? " read" : "") + (canWrite ? " write" : "")));
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void revoke(UUID collection, String organisationCode) {
        requireCollection(collection);
        int removed = jdbc.sql(
                        "DELETE FROM sharing.collection_grant WHERE collection_id = :c AND organisation_code = :org")
                .param("c", collection)
                .param("org", organisationCode)
                .update();
        if (removed == 0) {
            throw new ObjectNotFoundException("grant", organisationCode);
        }
        events.publishEvent(
                new SharingChanged("sharing.grant.revoked", "collection", collection.toString(), organisationCode));
    }

    private void requireCollection(UUID collection) {
        if (jdbc.sql("SELECT count(*) FROM sharing.collection WHERE id = :id")
                        .param("id", collection)
                        .query(Integer.class)
                        .single()
                == 0) {
            throw new ObjectNotFoundException("collection", String.valueOf(collection));
        }
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
