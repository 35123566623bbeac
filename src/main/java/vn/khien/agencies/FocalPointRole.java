package vn.khien.agencies;

/**
 * The two focal points every agency keeps (Directive 14/CT-TTg; Decision 05/2017 for the 24/7
 * incident-response contact of the national response network).
 */
public enum FocalPointRole {
    SECURITY_UNIT,
    INCIDENT_CONTACT
}
