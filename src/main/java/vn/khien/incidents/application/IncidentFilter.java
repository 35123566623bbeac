package vn.khien.incidents.application;

import vn.khien.incidents.IncidentStatus;

/** Filters of the incident list; all optional. {@code q} searches reference and summary without accents. */
public record IncidentFilter(String q, IncidentStatus status, String agency, String system, String type) {}
