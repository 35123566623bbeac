package vn.khien.agencies.application;

import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.FocalPointRole;
import vn.khien.shared.spreadsheet.SheetColumn;
import vn.khien.shared.spreadsheet.SheetLayout;

/**
 * The registry's spreadsheets. Exports use the import layouts, so a list exported, corrected in
 * Excel and uploaded again updates the same agencies by code. Column keys are the field names the
 * services report problems on.
 */
public final class AgencySheets {

    public static final SheetLayout AGENCIES = SheetLayout.of(
            "agencies.sheet.agencies",
            SheetColumn.text("code", "agencies.code")
                    .asRequired()
                    .example("H57.20")
                    .help("agencies.code.hint"),
            SheetColumn.text("name", "agencies.name").asRequired().example("Sở Ngoại vụ"),
            SheetColumn.text("shortName", "agencies.short-name").example("SNgV"),
            SheetColumn.enumOf("kind", "agencies.kind", AgencyKind.class, "agencies.kind.")
                    .asRequired()
                    .example("PROVINCIAL_DEPARTMENT"),
            SheetColumn.text("parentCode", "agencies.sheet.parent-code")
                    .example("H57")
                    .help("agencies.sheet.parent-code.help"),
            SheetColumn.text("address", "agencies.address").example("Số 1 Lê Lợi, phường Thuận Hóa"),
            SheetColumn.text("website", "agencies.website").example("https://sngv.hue.gov.vn"),
            SheetColumn.text("licenceNumber", "agencies.licence.number"),
            SheetColumn.date("licenceValidFrom", "agencies.licence.from"),
            SheetColumn.date("licenceValidUntil", "agencies.licence.until"),
            SheetColumn.enumOf("status", "agencies.status", AgencyStatus.class, "agencies.status.")
                    .help("agencies.sheet.status.help"));

    public static final SheetLayout FOCAL_POINTS = SheetLayout.of(
            "agencies.sheet.focal-points",
            SheetColumn.text("agencyCode", "agencies.sheet.agency-code")
                    .asRequired()
                    .example("H57.10"),
            SheetColumn.enumOf("role", "agencies.focal-point.role", FocalPointRole.class, "agencies.role.")
                    .asRequired()
                    .example("INCIDENT_CONTACT"),
            SheetColumn.text("unitName", "agencies.focal-point.field.unitName")
                    .asRequired()
                    .example("Văn phòng Sở"),
            SheetColumn.text("personName", "agencies.focal-point.field.personName")
                    .asRequired()
                    .example("Nguyễn Văn An"),
            SheetColumn.text("position", "agencies.focal-point.field.position")
                    .asRequired()
                    .example("Chánh Văn phòng"),
            SheetColumn.text("phone", "agencies.focal-point.field.phone")
                    .asRequired()
                    .example("0234 3822 111"),
            SheetColumn.text("email", "agencies.focal-point.field.email")
                    .asRequired()
                    .example("an.nv@syt.hue.gov.vn"),
            SheetColumn.text("decisionNumber", "agencies.focal-point.field.decisionNumber")
                    .example("125/QĐ-SYT"),
            SheetColumn.date("appointedOn", "agencies.focal-point.field.appointedOn")
                    .example("02/01/2026"),
            SheetColumn.text("deputyName", "agencies.focal-point.field.deputyName"),
            SheetColumn.text("deputyPhone", "agencies.focal-point.field.deputyPhone"),
            SheetColumn.text("deputyEmail", "agencies.focal-point.field.deputyEmail"),
            SheetColumn.date("validFrom", "agencies.focal-point.field.validFrom")
                    .example("05/01/2026")
                    .help("agencies.sheet.valid-from.help"));

    private AgencySheets() {}
}
