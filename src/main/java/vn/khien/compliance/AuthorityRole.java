package vn.khien.compliance;

/**
 * Named roles that the law gives to some organisation and that reorganisations move (DESIGN.md §2:
 * since 1 March 2025 the Ministry of Public Security took over from the Ministry of Information and
 * Communications). Who holds each is dated configuration, never code.
 */
public enum AuthorityRole {
    COORDINATOR,
    NATIONAL_INCIDENT_COORDINATOR,
    MINISTRY_REPORT_RECIPIENT,
    NATIONAL_MONITORING_CENTRE,
    CIPHER_CA,
    LEVEL_APPRAISER_4_5,
    LEVEL_APPROVER_5
}
