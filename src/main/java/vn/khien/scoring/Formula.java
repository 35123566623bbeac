package vn.khien.scoring;

/**
 * The named formulas of automatic criteria, each computed for every agency at once as of the
 * campaign's cut-off date. Each is shown to users in words (message {@code scoring.formula.<NAME>}).
 */
public enum Formula {
    /** Obligations MET / (MET + LATE + VIOLATED + OVERDUE); the other statuses are left out. */
    OBLIGATIONS_MET_ON_TIME,
    /** Systems in operation with an approved level / systems in operation, both as of the cut-off. */
    SYSTEMS_LEVEL_APPROVED,
    /** Level 3+ systems with an assessment completed in the campaign's year / level 3+ systems. */
    LEVEL3_SYSTEMS_ASSESSED,
    /** (security focal unit in office + 24/7 incident-response contact in office) / 2. */
    FOCAL_POINTS_CURRENT,
    /**
     * Findings due by the cut-off and closed by their due date / findings due by the cut-off; findings
     * whose risk the agency formally accepted are left out.
     */
    FINDINGS_CLOSED_ON_TIME
}
