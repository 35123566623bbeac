package vn.khien.assessments.facts;

import static vn.khien.shared.facts.SqlType.BOOLEAN;
import static vn.khien.shared.facts.SqlType.DATE;
import static vn.khien.shared.facts.SqlType.INTEGER;
import static vn.khien.shared.facts.SqlType.UUID;
import static vn.khien.shared.facts.SqlType.VARCHAR;

import java.util.List;
import vn.khien.assessments.AssessmentKind;
import vn.khien.assessments.AssessmentScope;
import vn.khien.assessments.FindingStatus;
import vn.khien.assessments.PlanStatus;
import vn.khien.assessments.Severity;
import vn.khien.shared.facts.FactColumn;
import vn.khien.shared.facts.FactView;

/** The views the assessments module publishes. */
public final class AssessmentFacts {

    /**
     * One row per completed assessment and system in its scope; {@code agency_code} is the system's owner
     * when the assessment was planned.
     */
    public static final FactView ASSESSMENT_RESULT = FactView.of(
            "assessments.published_assessment_result",
            FactColumn.of("assessment_id", UUID),
            FactColumn.of("system_code", VARCHAR),
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("kind", VARCHAR, AssessmentKind.class),
            FactColumn.of("periodic", BOOLEAN),
            FactColumn.of("assessor_code", VARCHAR),
            FactColumn.of("completed_on", DATE),
            FactColumn.of("scope", VARCHAR, AssessmentScope.class));

    /** Findings with their remediation; {@code system_code} is empty for an agency-wide finding. */
    public static final FactView FINDING = FactView.of(
            "assessments.published_finding",
            FactColumn.of("finding_id", UUID),
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("system_code", VARCHAR),
            FactColumn.of("severity", VARCHAR, Severity.class),
            FactColumn.of("status", VARCHAR, FindingStatus.class),
            FactColumn.of("due_on", DATE),
            FactColumn.of("closed_on", DATE),
            FactColumn.of("campaign_id", UUID),
            FactColumn.of("risk_accepted_until", DATE));

    /** Yearly assessment plans. */
    public static final FactView PLAN = FactView.of(
            "assessments.published_plan",
            FactColumn.of("plan_id", UUID),
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("year", INTEGER),
            FactColumn.of("status", VARCHAR, PlanStatus.class));

    public static final List<FactView> ALL = List.of(ASSESSMENT_RESULT, FINDING, PLAN);

    private AssessmentFacts() {}
}
