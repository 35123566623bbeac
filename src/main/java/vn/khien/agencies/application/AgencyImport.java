package vn.khien.agencies.application;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyData;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.RegistryAccess;
import vn.khien.agencies.domain.Agency;
import vn.khien.agencies.domain.AgencyDetails;
import vn.khien.agencies.domain.AgencyRepository;
import vn.khien.shared.spreadsheet.ImportReport;
import vn.khien.shared.spreadsheet.ParsedSheet;
import vn.khien.shared.spreadsheet.SheetReader;
import vn.khien.shared.spreadsheet.SheetRow;

/**
 * Imports agencies from the registry spreadsheet: every row is checked first, and either all rows
 * are written (new codes registered, known codes revised) or none. Parents may be other rows of the
 * same file; they are written first.
 */
@Service
public class AgencyImport {

    static final int MAX_ROWS = 20_000;

    private final SheetReader reader;
    private final AgencyRepository agencies;
    private final AgencyHierarchy hierarchy;
    private final RegistryAccess access;
    private final Clock clock;

    AgencyImport(
            SheetReader reader,
            AgencyRepository agencies,
            AgencyHierarchy hierarchy,
            RegistryAccess access,
            Clock clock) {
        this.reader = reader;
        this.agencies = agencies;
        this.hierarchy = hierarchy;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importAgencies(InputStream file) {
        if (!access.mayAdminister()) {
            throw new AccessDeniedException("registry import");
        }
        ParsedSheet sheet = reader.read(file, AgencySheets.AGENCIES, MAX_ROWS);
        Map<String, AgencyDetails> wanted = new LinkedHashMap<>();
        Map<String, SheetRow> rowOf = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            String code = row.text("code");
            AgencyData data = new AgencyData(
                    row.text("name"),
                    row.text("shortName"),
                    row.enumValue("kind", AgencyKind.class),
                    row.text("parentCode"),
                    row.text("address"),
                    row.text("website"),
                    row.text("licenceNumber"),
                    row.date("licenceValidFrom"),
                    row.date("licenceValidUntil"),
                    AgencyData.Credentials.NONE);
            AgencyDetails details = data.toDetails();
            AgencyRules.fieldProblems(code, details)
                    .forEach(p -> row.reject(p.field(), p.messageKey(), row.text(p.field())));
            if (code != null && rowOf.putIfAbsent(code, row) != null) {
                row.reject("code", "spreadsheet.problem.duplicate-in-file", code);
            } else if (code != null) {
                wanted.put(code, details);
            }
        }
        hierarchy
                .parentProblems(wanted)
                .forEach((code, key) -> rowOf.get(code)
                        .reject("parentCode", key, wanted.get(code).parentCode()));
        if (sheet.hasProblems()) {
            return ImportReport.refused(sheet);
        }
        return write(sheet.rows().size(), hierarchy.parentsFirst(wanted));
    }

    private ImportReport write(int rowsRead, Map<String, AgencyDetails> ordered) {
        Map<String, Agency> existing = new HashMap<>();
        agencies.findAllByCodeIn(ordered.keySet()).forEach(a -> existing.put(a.code(), a));
        int created = 0;
        int updated = 0;
        List<Agency> changed = new ArrayList<>();
        for (var entry : ordered.entrySet()) {
            Agency agency = existing.get(entry.getKey());
            if (agency == null) {
                changed.add(Agency.register(entry.getKey(), entry.getValue(), clock.instant()));
                created++;
                continue;
            }
            // the sheet has no columns for the licence's kind and issuer or the mandate: keep the stored ones
            AgencyDetails details = entry.getValue().withCredentialsOf(agency.details());
            if (!agency.details().equals(details)) {
                agency.revise(details);
                changed.add(agency);
                updated++;
            }
        }
        agencies.saveAll(changed);
        return new ImportReport(rowsRead, created, updated, List.of());
    }
}
