package vn.khien.incidents.domain;

import org.springframework.data.relational.core.mapping.Table;
import vn.khien.incidents.IndicatorKind;

/** An IP address, domain or file hash seen in the incident, normalised (lower case). */
@Table(schema = "incidents", name = "incident_indicator")
public record Indicator(IndicatorKind kind, String value) {}
