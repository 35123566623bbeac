package vn.khien.assessments.application;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.assessments.NewFinding;
import vn.khien.identity.AccessPolicy;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.spreadsheet.ImportReport;
import vn.khien.shared.spreadsheet.ParsedSheet;
import vn.khien.shared.spreadsheet.SheetReader;
import vn.khien.shared.spreadsheet.SheetRow;

/**
 * Imports a campaign's handed-down findings from XLSX or CSV, all or nothing: every row is checked
 * first (cells, agency, title) and one bad row refuses the file with every problem listed.
 */
@Service
public class CampaignSheetImport {

    static final int MAX_ROWS = 5_000;

    private final SheetReader reader;
    private final CampaignManagement campaigns;
    private final AgencyDirectory agencies;
    private final AccessPolicy access;
    private final java.time.Clock clock;

    CampaignSheetImport(
            SheetReader reader,
            CampaignManagement campaigns,
            AgencyDirectory agencies,
            AccessPolicy access,
            java.time.Clock clock) {
        this.reader = reader;
        this.campaigns = campaigns;
        this.agencies = agencies;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importFindings(UUID campaignId, InputStream file) {
        access.currentViewer().requireCoordinator();
        campaigns.campaign(campaignId);
        ParsedSheet sheet = reader.read(file, CampaignSheets.FINDINGS, MAX_ROWS);
        List<Object[]> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            String agency = row.text("agencyCode");
            if (agency != null && agencies.find(agency).isEmpty()) {
                row.reject("agencyCode", "assessments.error.agency-unknown");
            }
            var finding = new NewFinding(
                    null,
                    row.text("title"),
                    row.text("description"),
                    null,
                    row.enumValue("severity", vn.khien.assessments.Severity.class),
                    null,
                    row.date("dueOn"));
            if (finding.dueOn() != null && finding.dueOn().isBefore(java.time.LocalDate.now(clock))) {
                row.reject("dueOn", "assessments.finding.error.due-past");
            }
            rows.add(new Object[] {row, agency, finding});
        }
        if (sheet.hasProblems()) {
            return ImportReport.refused(sheet);
        }
        for (Object[] r : rows) {
            try {
                campaigns.addFinding(campaignId, (String) r[1], (NewFinding) r[2]);
            } catch (InvalidInputException e) {
                var p = e.problems().get(0);
                ((SheetRow) r[0]).rejectRow(p.messageKey(), p.arguments().toArray());
            }
        }
        if (sheet.hasProblems()) {
            // a rule only the finding could check (a due date in the past): nothing is kept
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                    .setRollbackOnly();
            return ImportReport.refused(sheet);
        }
        return new ImportReport(sheet.rows().size(), rows.size(), 0, List.of());
    }
}
