package vn.khien.incidents.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A person named to see a RED incident; nobody else does (TLP 2.0: RED is for named recipients). */
@Table(schema = "incidents", name = "incident_viewer")
public record NamedViewer(String username) {}
