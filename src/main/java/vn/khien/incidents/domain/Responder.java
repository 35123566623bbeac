package vn.khien.incidents.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A member of the response team assigned to the incident. */
@Table(schema = "incidents", name = "incident_responder")
public record Responder(String username) {}
