package vn.khien.systems.application;

import vn.khien.shared.spreadsheet.SheetColumn;
import vn.khien.shared.spreadsheet.SheetLayout;
import vn.khien.systems.MonitoringMethod;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

/**
 * The inventory spreadsheet. The export uses the same columns, so an exported list corrected in Excel
 * and uploaded again updates the same systems by code. Column keys are the fields validation reports.
 */
public final class SystemSheets {

    public static final SheetLayout SYSTEMS = SheetLayout.of(
            "systems.sheet.name",
            SheetColumn.text("code", "systems.field.code").asRequired().example("H57.10.HIS"),
            SheetColumn.text("name", "systems.field.name").asRequired().example("Hệ thống thông tin quản lý bệnh viện"),
            SheetColumn.text("ownerCode", "systems.sheet.owner-code")
                    .asRequired()
                    .example("H57.10"),
            SheetColumn.text("operatorCode", "systems.sheet.operator-code"),
            SheetColumn.enumOf("type", "systems.field.type", SystemType.class, "systems.type.")
                    .asRequired()
                    .example("CITIZEN_SERVICE"),
            SheetColumn.bool("eGovernment", "systems.field.e-government").example("Có"),
            SheetColumn.integer("publicServiceLevel", "systems.field.public-service-level"),
            SheetColumn.integer("personalDataSubjects", "systems.field.personal-data-subjects")
                    .example("25000"),
            SheetColumn.integer("proposedLevel", "systems.field.proposed-level").example("3"),
            SheetColumn.integer("approvedLevel", "systems.field.approved-level")
                    .help("systems.sheet.approved-level.help"),
            SheetColumn.text("decisionNumber", "systems.sheet.decision-number"),
            SheetColumn.date("decisionDate", "systems.sheet.decision-date"),
            SheetColumn.text("approverCode", "systems.sheet.approver-code"),
            SheetColumn.enumOf("status", "systems.field.status", SystemStatus.class, "systems.status.")
                    .example("IN_OPERATION"),
            SheetColumn.bool("monitoringConnected", "systems.field.monitoring-connected"),
            SheetColumn.date("monitoringSince", "systems.field.monitoring-since"),
            SheetColumn.enumOf(
                    "monitoringMethod", "systems.field.monitoring-method", MonitoringMethod.class, "systems.method."));

    private SystemSheets() {}
}
