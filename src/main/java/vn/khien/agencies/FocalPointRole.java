package vn.khien.agencies;

/**
 * The dated roles an agency keeps in the registry: its head and its two focal points (Directive
 * 14/CT-TTg; Decision 05/2017 for the 24/7 incident-response contact of the national response network).
 */
public enum FocalPointRole {
    /**
     * The head of the agency (người đứng đầu), accountable to the Chairman of the provincial People's
     * Committee for a loss of network security in the agency (seed letter 5620/UBND-CT, Mục 1 ý 2) and
     * directly in charge of information security (Decree 85/2016 Art. 20 cl. 1 a). Kept with the same
     * dated terms as the focal points, but it is not a focal point: no rule requires it to be
     * re-confirmed, and no focal-point rule counts it.
     */
    HEAD,
    SECURITY_UNIT,
    INCIDENT_CONTACT;

    /** Whether the role is one of the focal points (re-confirmed, counted by the focal-point rules). */
    public boolean focalPoint() {
        return this != HEAD;
    }
}
