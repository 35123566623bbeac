package vn.khien.registers;

/** Attestations a pack rule may ask for, each backed by an evidence document. */
public enum AttestationKind {
    COORDINATION_REGULATION,
    AGENCY_ANNUAL_REPORT,
    TELECOM_SECURITY_UNIT,
    /** The coordinator's consolidated report to the ministry on level 3–4 systems (before 14 December). */
    MINISTRY_REPORT_LEVEL_3_4,
    /** The coordinator's report to the ministry on level 5 systems (before 14 June and 14 December). */
    MINISTRY_REPORT_LEVEL_5,
    /** The coordinator's notice to the ministry that the province's incident-response contact changed. */
    INCIDENT_CONTACT_CHANGE_NOTICE,
    OTHER
}
