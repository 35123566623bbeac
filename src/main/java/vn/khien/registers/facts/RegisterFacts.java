package vn.khien.registers.facts;

import static vn.khien.shared.facts.SqlType.BIGINT;
import static vn.khien.shared.facts.SqlType.BOOLEAN;
import static vn.khien.shared.facts.SqlType.DATE;
import static vn.khien.shared.facts.SqlType.INTEGER;
import static vn.khien.shared.facts.SqlType.NUMERIC;
import static vn.khien.shared.facts.SqlType.VARCHAR;

import java.util.List;
import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationStatus;
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.ExceptionStatus;
import vn.khien.registers.ItPlanKind;
import vn.khien.shared.facts.FactColumn;
import vn.khien.shared.facts.FactView;

/** The views the registers module publishes; amounts are VND. */
public final class RegisterFacts {

    /** IT plans and projects with their total and security budgets (the sum of the security lines). */
    public static final FactView IT_PLAN = FactView.of(
            "registers.published_it_plan",
            FactColumn.of("plan_id", BIGINT),
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("kind", VARCHAR, ItPlanKind.class),
            FactColumn.of("year_from", INTEGER),
            FactColumn.of("year_to", INTEGER),
            FactColumn.of("total_budget", NUMERIC),
            FactColumn.of("security_budget", NUMERIC),
            FactColumn.of("exception_status", VARCHAR, ExceptionStatus.class),
            FactColumn.of("exception_reason", VARCHAR));

    /** Signing credentials; {@code revocation_flagged}: its holder left and it must be revoked. */
    public static final FactView CREDENTIAL = FactView.of(
            "registers.published_credential",
            FactColumn.of("credential_id", BIGINT),
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("holder_name", VARCHAR),
            FactColumn.of("status", VARCHAR, CredentialStatus.class),
            FactColumn.of("valid_to", DATE),
            FactColumn.of("revocation_flagged", BOOLEAN));

    /** Attestations agencies submit and the coordinator decides. */
    public static final FactView ATTESTATION = FactView.of(
            "registers.published_attestation",
            FactColumn.of("attestation_id", BIGINT),
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("kind", VARCHAR, AttestationKind.class),
            FactColumn.of("attested_on", DATE),
            FactColumn.of("status", VARCHAR, AttestationStatus.class),
            FactColumn.of("decided_on", DATE));

    /** One row per security staff member and calendar year served: 0 hours when nothing was attended. */
    public static final FactView TRAINING_HOURS = FactView.of(
            "registers.published_training_hours",
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("staff_id", BIGINT),
            FactColumn.of("year", INTEGER),
            FactColumn.of("hours", NUMERIC),
            FactColumn.of("target_hours", NUMERIC));

    /** Telecom operators' child-protection measures; evidence: a document reference or an uploaded file. */
    public static final FactView TELECOM_MEASURE = FactView.of(
            "registers.published_telecom_measure",
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("measure", VARCHAR),
            FactColumn.of("since", DATE),
            FactColumn.of("evidence_present", BOOLEAN));

    public static final List<FactView> ALL = List.of(IT_PLAN, CREDENTIAL, ATTESTATION, TRAINING_HOURS, TELECOM_MEASURE);

    private RegisterFacts() {}
}
