package vn.khien.incidents.domain;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** One line of the incident's timeline: {@code kind} names what happened, {@code text} the details. */
@Table(schema = "incidents", name = "timeline_entry")
public record TimelineEntry(Instant at, String actor, String kind, String text) {}
