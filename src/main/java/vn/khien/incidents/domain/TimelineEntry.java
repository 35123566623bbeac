package vn.khien.incidents.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of the incident's timeline: {@code kind} names what happened, {@code text} the details.
 *
 * <p>An append-only record of its own, keyed by the incident's id, not a child of {@link Incident}:
 * Spring Data JDBC deletes and re-inserts every child row of an aggregate on save, so a long timeline
 * made each change (and each comment) rewrite it all. Entries are only ever inserted; their id keeps the
 * order in which they were written.
 */
@Table(schema = "incidents", name = "timeline_entry")
public final class TimelineEntry extends AbstractAggregateRoot<TimelineEntry> {

    @Id
    private Long id;

    private final Long incident;
    private final Instant at;
    private final String actor;
    private final String kind;
    private final String text;

    @PersistenceCreator
    TimelineEntry(Long id, Long incident, Instant at, String actor, String kind, String text) {
        this.id = id;
        this.incident = incident;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.text = text == null ? "" : text;
    }

    /** A new entry; {@code incident} is null while the incident itself is not yet saved. */
    static TimelineEntry of(Long incident, Instant at, String actor, String kind, String text) {
        return new TimelineEntry(null, incident, at, actor, kind, text);
    }

    /** The same entry on the incident with this id (for entries written before the incident had one). */
    TimelineEntry on(Long incidentId) {
        return new TimelineEntry(id, incidentId, at, actor, kind, text);
    }

    /** An entry that stands alone (a comment): the event it announces is published when it is appended. */
    TimelineEntry announcing(Object event) {
        registerEvent(event);
        return this;
    }

    public Long id() {
        return id;
    }

    public Long incident() {
        return incident;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String kind() {
        return kind;
    }

    public String text() {
        return text;
    }
}
