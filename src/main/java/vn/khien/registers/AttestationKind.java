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
    /** An owner's yearly report to the ministry on its level 3–5 systems (Circular 03/2017 Art. 17). */
    OWNER_YEARLY_REPORT_TO_MINISTRY,
    /** Information shared with the state security authority in a quarter (Circular 03/2017 Art. 18). */
    INFORMATION_SHARING,
    /** An owner's half-yearly report of its monitoring results (Circular 31/2017 Art. 14.4, Appendix 2). */
    MONITORING_REPORT,
    /** A security drill held in the agency's own operations (Decree 85/2016 Art. 20.2.d). */
    SECURITY_DRILL,
    OTHER
}
