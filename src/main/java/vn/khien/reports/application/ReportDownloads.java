package vn.khien.reports.application;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.Viewer;
import vn.khien.reports.domain.DocumentFormat;
import vn.khien.reports.domain.Report;
import vn.khien.reports.domain.ReportDocument;
import vn.khien.reports.domain.ReportDocumentRepository;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.files.AllowedType;
import vn.khien.shared.files.FileStore;

/**
 * A report version's files: generated on request (a draft's each time, as of its cut-off date; a submitted
 * version's are those kept at submission), the signed PDF the agency uploads, and every download audited.
 */
@Service
public class ReportDownloads {

    private final ReportManagement management;
    private final ReportAccess access;
    private final ReportFiles files;
    private final ReportDocumentRepository kept;
    private final FileStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportDownloads(
            ReportManagement management,
            ReportAccess access,
            ReportFiles files,
            ReportDocumentRepository kept,
            FileStore store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.management = management;
        this.access = access;
        this.files = files;
        this.kept = kept;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The file to send: its name, media type and where its bytes are. */
    public record Download(String fileName, String mediaType, String sha256) {}

    @Transactional(readOnly = true)
    public ReportView view(long id) {
        Viewer viewer = access.participant();
        return management.views().of(viewer, management.load(viewer, id));
    }

    /** The data drafted as of the version's cut-off date, for the page's preview (tallies need a temporary table). */
    @Transactional
    public ReportPreview preview(long id) {
        Viewer viewer = access.participant();
        return ReportPreview.of(files.content(management.load(viewer, id)));
    }

    @Transactional(readOnly = true)
    public List<DocumentLine> documents(long id) {
        Viewer viewer = access.participant();
        Report report = management.load(viewer, id);
        return kept.ofReport(report.id()).stream().map(DocumentLine::of).toList();
    }

    /** The generated document in the format; audited as a download. */
    @Transactional
    public Download generated(long id, String formatText) {
        Viewer viewer = access.participant();
        Report report = management.load(viewer, id);
        DocumentFormat format = DocumentFormat.parse(formatText)
                .orElseThrow(() -> new InvalidInputException("format", "reports.document.format-unknown"));
        ReportDocument document = report.status().frozen()
                ? kept.latest(report.id(), format.name(), ReportDocument.Origin.GENERATED.name())
                        .orElseGet(() -> files.generate(report, viewer.actor()).get(format))
                : files.generate(report, viewer.actor()).get(format);
        events.publishEvent(report.documentEvent("downloaded", format + " " + document.sha256()));
        return new Download(document.fileName(), format.mediaType(), document.sha256());
    }

    /** The signed PDF the agency uploaded last; 404 when none. */
    @Transactional
    public Download signed(long id) {
        Viewer viewer = access.participant();
        Report report = management.load(viewer, id);
        ReportDocument document = kept.latest(
                        report.id(), DocumentFormat.PDF.name(), ReportDocument.Origin.SIGNED.name())
                .orElseThrow(() -> new ObjectNotFoundException("signed-report", String.valueOf(id)));
        events.publishEvent(report.documentEvent("downloaded", "signed PDF " + document.sha256()));
        return new Download(document.fileName(), DocumentFormat.PDF.mediaType(), document.sha256());
    }

    /** The agency's digitally signed PDF of a submitted version, kept with its hash beside the generated one. */
    @Transactional
    public DocumentLine uploadSigned(long id, InputStream in, String fileName) {
        Viewer viewer = access.participant();
        Report report = management.load(viewer, id);
        viewer.require(ReportAccess.mayDecide(viewer, report.kind(), report.agencyCode()), ReportAccess.NOT_YOUR_STEP);
        if (report.status() != vn.khien.reports.ReportStatus.SUBMITTED) {
            throw new ConflictException("reports.report.not-submitted");
        }
        var stored = store.store(in, fileName, Set.of(AllowedType.PDF), store.maxUploadBytes());
        ReportDocument document = kept.same(report.id(), "PDF", "SIGNED", stored.sha256())
                .orElseGet(() -> kept.save(new ReportDocument(
                        null,
                        report.id(),
                        DocumentFormat.PDF,
                        ReportDocument.Origin.SIGNED,
                        stored.sha256(),
                        stored.sizeBytes(),
                        stored.filename(),
                        report.cutOff(),
                        viewer.actor(),
                        clock.instant())));
        events.publishEvent(report.documentEvent("signed-uploaded", stored.filename() + " " + stored.sha256()));
        return DocumentLine.of(document);
    }

    public InputStream open(Download download) {
        return store.open(download.sha256());
    }
}
