package vn.khien.assessments.application;

import vn.khien.assessments.Severity;
import vn.khien.shared.spreadsheet.SheetColumn;
import vn.khien.shared.spreadsheet.SheetLayout;

/** The spreadsheet of findings handed down to a remediation campaign: one row per finding and agency. */
public final class CampaignSheets {

    public static final SheetLayout FINDINGS = SheetLayout.of(
            "assessments.sheet.name",
            SheetColumn.text("agencyCode", "assessments.sheet.agency-code")
                    .asRequired()
                    .example("H57.02"),
            SheetColumn.text("title", "assessments.finding.title")
                    .asRequired()
                    .example("Máy chủ web dùng hệ điều hành hết hỗ trợ"),
            SheetColumn.enumOf("severity", "assessments.finding.severity", Severity.class, "assessments.severity.")
                    .asRequired()
                    .example("HIGH"),
            SheetColumn.text("description", "assessments.finding.description"),
            SheetColumn.date("dueOn", "assessments.finding.due"));

    private CampaignSheets() {}
}
