package vn.khien.systems;

/** The security services a system receives, in-house or from a provider (DESIGN.md §8). */
public enum ServiceKind {
    MONITORING,
    INCIDENT_RESPONSE,
    PROTECTION,
    ASSESSMENT
}
