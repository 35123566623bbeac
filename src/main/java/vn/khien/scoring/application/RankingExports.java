package vn.khien.scoring.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencySummary;
import vn.khien.scoring.domain.Campaign;
import vn.khien.scoring.domain.CampaignRepository;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.documents.OfficialDocument;
import vn.khien.shared.documents.OfficialDocuments;
import vn.khien.shared.spreadsheet.PreparedExport;
import vn.khien.shared.spreadsheet.SheetExport;

/**
 * The coordinator's files of a published ranking: the workbook (overall and one sheet per agency kind)
 * and the draft of the People's Committee's decision to publish it (DOCX to edit and sign, PDF). Only
 * published versions are read; a campaign or version with nothing published answers 404.
 */
@Service
public class RankingExports {

    /** A file ready to be sent: its name and content. */
    public record RankingFile(String filename, PreparedExport content) {}

    private final ScoringAccess access;
    private final CampaignRepository campaigns;
    private final PublishedRankings published;
    private final CriteriaSetCatalogue sets;
    private final RankingWorkbook workbook;
    private final SheetExport sheets;
    private final OfficialDocuments documents;
    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    RankingExports(
            ScoringAccess access,
            CampaignRepository campaigns,
            PublishedRankings published,
            CriteriaSetCatalogue sets,
            RankingWorkbook workbook,
            SheetExport sheets,
            OfficialDocuments documents,
            AgencyDirectory agencies,
            MessageSource messages,
            Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.published = published;
        this.sets = sets;
        this.workbook = workbook;
        this.sheets = sheets;
        this.documents = documents;
        this.agencies = agencies;
        this.messages = messages;
        this.clock = clock;
    }

    /** The ranking as XLSX in the user's language; {@code version} null: the newest. */
    @Transactional(readOnly = true)
    public RankingFile workbook(long campaign, Integer version) {
        access.viewer().requireCoordinator();
        var v = version(campaign, version);
        Locale locale = LocaleContextHolder.getLocale();
        var content = workbook.sheets(v, published.rows(v.campaign(), v.version()), locale);
        return new RankingFile("xep-hang-" + v.year() + "-v" + v.version() + ".xlsx", out -> sheets.xlsx(content, out));
    }

    /** The draft decision to publish, in Vietnamese (Decree 30/2020 layout), as DOCX or PDF. */
    @Transactional(readOnly = true)
    public RankingFile decision(long campaign, Integer version, boolean pdf) {
        access.viewer().requireCoordinator();
        var v = version(campaign, version);
        Campaign c = campaigns.findById(campaign).orElseThrow();
        String setTitle = sets.find(c.setCode(), c.setVersion())
                .map(s -> s.set().title().vi())
                .orElse(c.setCode());
        OfficialDocument document = RankingDecision.of(
                v,
                new RankingDecision.Basis(c.setCode(), c.setVersion(), setTitle),
                committee(),
                kind -> messages.getMessage("agencies.kind." + kind, null, RankingDecision.VIETNAMESE),
                published.rows(v.campaign(), v.version()),
                LocalDate.now(clock));
        byte[] bytes = pdf ? documents.pdf(document) : documents.docx(document);
        String name = "quyet-dinh-cong-bo-xep-hang-" + v.year() + "-v" + v.version() + (pdf ? ".pdf" : ".docx");
        return new RankingFile(name, out -> {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private PublishedRankings.Version version(long campaign, Integer version) {
        var found = version == null
                ? published.latestOfCampaign(campaign)
                : published.versions().stream()
                        .filter(v -> v.campaign() == campaign && v.version() == version)
                        .findFirst();
        return found.orElseThrow(() -> new ObjectNotFoundException("ranking", campaign + "/" + version));
    }

    /** The province's People's Committee, which decides to publish (null: the layout leaves it blank). */
    private String committee() {
        return agencies.listActive().stream()
                .filter(a -> a.kind() == AgencyKind.PROVINCIAL_COMMITTEE)
                .map(AgencySummary::name)
                .findFirst()
                .orElse(null);
    }
}
