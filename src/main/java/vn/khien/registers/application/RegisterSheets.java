package vn.khien.registers.application;

import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationStatus;
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.ExceptionStatus;
import vn.khien.registers.ItPlanKind;
import vn.khien.registers.SecurityRole;
import vn.khien.shared.spreadsheet.SheetColumn;
import vn.khien.shared.spreadsheet.SheetLayout;

/**
 * The registers' spreadsheets. The token list is both imported and exported in one layout, so an
 * exported list can be corrected and shared; the other registers are exported only.
 */
public final class RegisterSheets {

    public static final SheetLayout CREDENTIALS = SheetLayout.of(
            "registers.sheet.credentials",
            SheetColumn.text("agencyCode", "registers.field.agency-code")
                    .asRequired()
                    .example("H57.02"),
            SheetColumn.text("tokenSerial", "registers.credential.token-serial").example("TK-54010A3F"),
            SheetColumn.text("certificateSerial", "registers.credential.certificate-serial")
                    .asRequired()
                    .example("54010A3F"),
            SheetColumn.text("holderName", "registers.credential.holder-name")
                    .asRequired()
                    .example("Nguyễn Văn An"),
            SheetColumn.text("holderPosition", "registers.credential.holder-position")
                    .example("Trưởng phòng"),
            SheetColumn.text("issuer", "registers.credential.issuer")
                    .asRequired()
                    .example("Ban Cơ yếu Chính phủ"),
            SheetColumn.text("purpose", "registers.credential.purpose").example("Ký số văn bản điện tử"),
            SheetColumn.date("validFrom", "registers.credential.valid-from").example("01/03/2024"),
            SheetColumn.date("validTo", "registers.credential.valid-to").example("01/03/2027"),
            SheetColumn.enumOf(
                            "status",
                            "registers.credential.status",
                            CredentialStatus.class,
                            "registers.credential.status.")
                    .asRequired()
                    .example("ISSUED"));

    public static final SheetLayout IT_PLANS = SheetLayout.of(
            "registers.sheet.it-plans",
            SheetColumn.text("agencyCode", "registers.field.agency-code"),
            SheetColumn.enumOf("kind", "registers.it-plan.kind", ItPlanKind.class, "registers.it-plan.kind."),
            SheetColumn.text("name", "registers.it-plan.name"),
            SheetColumn.integer("yearFrom", "registers.it-plan.year-from"),
            SheetColumn.integer("yearTo", "registers.it-plan.year-to"),
            SheetColumn.decimal("totalBudget", "registers.it-plan.total-budget"),
            SheetColumn.decimal("securityBudget", "registers.it-plan.security-budget"),
            SheetColumn.decimal("sharePercent", "registers.it-plan.share"),
            SheetColumn.enumOf(
                    "exceptionStatus",
                    "registers.it-plan.exception",
                    ExceptionStatus.class,
                    "registers.it-plan.exception."));

    public static final SheetLayout STAFF = SheetLayout.of(
            "registers.sheet.staff",
            SheetColumn.text("agencyCode", "registers.field.agency-code"),
            SheetColumn.text("fullName", "registers.staff.full-name"),
            SheetColumn.text("position", "registers.staff.position"),
            SheetColumn.enumOf("securityRole", "registers.staff.role", SecurityRole.class, "registers.staff.role."),
            SheetColumn.date("joinedOn", "registers.staff.joined-on"),
            SheetColumn.date("leftOn", "registers.staff.left-on"),
            SheetColumn.integer("year", "registers.staff.year"),
            SheetColumn.decimal("hours", "registers.staff.hours"),
            SheetColumn.decimal("targetHours", "registers.staff.target-hours"));

    public static final SheetLayout ATTESTATIONS = SheetLayout.of(
            "registers.sheet.attestations",
            SheetColumn.text("agencyCode", "registers.field.agency-code"),
            SheetColumn.enumOf(
                    "kind", "registers.attestation.kind", AttestationKind.class, "registers.attestation.kind."),
            SheetColumn.text("title", "registers.attestation.title"),
            SheetColumn.date("attestedOn", "registers.attestation.attested-on"),
            SheetColumn.text("evidence", "registers.attestation.evidence"),
            SheetColumn.enumOf(
                    "status", "registers.attestation.status", AttestationStatus.class, "registers.attestation.status."),
            SheetColumn.date("decidedOn", "registers.attestation.decided-on"));

    public static final SheetLayout TELECOM_MEASURES = SheetLayout.of(
            "registers.sheet.telecom-measures",
            SheetColumn.text("agencyCode", "registers.field.agency-code"),
            SheetColumn.text("measure", "registers.telecom.measure"),
            SheetColumn.text("scope", "registers.telecom.scope"),
            SheetColumn.date("since", "registers.telecom.since"),
            SheetColumn.text("evidence", "registers.evidence.reference"),
            SheetColumn.integer("files", "registers.evidence.files"));

    private RegisterSheets() {}
}
