package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.SetDraft;
import vn.khien.scoring.application.Views.CriteriaSetView;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.SetDrafts;

/** The coordinator's view of the stored sets: the list, one version as a draft to edit, one in full. */
@Service
public class CriteriaSetQueries {

    /** One stored version in the list; {@code frozen}: a campaign uses it. */
    public record SetLine(
            String code,
            int version,
            String title,
            int yearFrom,
            int yearTo,
            List<AgencyKind> kinds,
            BigDecimal maxPoints,
            long criteria,
            boolean frozen) {}

    /** A version as the edit form shows it; a frozen one is shown read-only. */
    public record SetEdit(String code, int version, boolean frozen, BigDecimal maxPoints, SetDraft draft) {}

    private final CriteriaSetCatalogue catalogue;
    private final CampaignQueries campaigns;
    private final ScoringAccess access;

    CriteriaSetQueries(CriteriaSetCatalogue catalogue, CampaignQueries campaigns, ScoringAccess access) {
        this.catalogue = catalogue;
        this.campaigns = campaigns;
        this.access = access;
    }

    /** Every version of every set, newest version of each code first. */
    public List<SetLine> list() {
        access.viewer().requireCoordinator();
        var locale = LocaleContextHolder.getLocale();
        return catalogue.all().stream()
                .sorted(java.util.Comparator.comparing(
                                (CriteriaSetCatalogue.StoredSet s) -> s.set().code())
                        .thenComparing(s -> -s.set().version()))
                .map(s -> new SetLine(
                        s.set().code(),
                        s.set().version(),
                        s.set().title().in(locale),
                        s.set().yearFrom(),
                        s.set().yearTo(),
                        s.set().agencyKinds().stream().sorted().toList(),
                        s.set().maxPoints(),
                        s.set().criteria().count(),
                        s.frozen()))
                .toList();
    }

    public SetEdit edit(String code, int version) {
        access.viewer().requireCoordinator();
        var stored = catalogue.find(code, version).orElseThrow(() -> CriteriaSetManagement.notFound(code, version));
        boolean comma = !"en".equals(LocaleContextHolder.getLocale().getLanguage());
        return new SetEdit(code, version, stored.frozen(), stored.set().maxPoints(), SetDrafts.of(stored.set(), comma));
    }

    /** The stored set itself (for the spreadsheet export). */
    public CriteriaSet set(String code, int version) {
        access.viewer().requireCoordinator();
        return catalogue
                .find(code, version)
                .orElseThrow(() -> CriteriaSetManagement.notFound(code, version))
                .set();
    }

    /** One version with its criteria and formulas in words, for every participant (as the list is). */
    public CriteriaSetView view(String code, int version) {
        return campaigns.sets().stream()
                .filter(s -> s.code().equals(code) && s.version() == version)
                .findFirst()
                .orElseThrow(() -> CriteriaSetManagement.notFound(code, version));
    }
}
