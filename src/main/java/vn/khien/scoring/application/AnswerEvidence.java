package vn.khien.scoring.application;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.scoring.SubmissionChanged;
import vn.khien.scoring.application.Views.EvidenceFileView;
import vn.khien.scoring.application.Views.EvidenceRequestView;
import vn.khien.scoring.application.Views.EvidenceView;
import vn.khien.scoring.domain.Campaign;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.EvidenceRequest;
import vn.khien.scoring.domain.SubmissionRepository;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.files.AllowedType;
import vn.khien.shared.files.FileStore;
import vn.khien.shared.files.StoredFile;

/**
 * Evidence files of self-assessed answers. The bytes go to the shared file store (size counted, type
 * by content, ClamAV when configured, deduplicated); the metadata stays in {@code scoring.evidence}.
 * Only the agency itself and the coordinator list and download them (anyone else: 404, as if there
 * were none); they are never part of a published version.
 */
@Service
public class AnswerEvidence {

    static final Set<AllowedType> TYPES = EnumSet.allOf(AllowedType.class);
    private static final String OBJECT = "scoring-evidence";

    private final JdbcClient jdbc;
    private final FileStore store;
    private final SubmissionManagement management;
    private final SubmissionRepository submissions;
    private final ScoringAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerEvidence(
            JdbcClient jdbc,
            FileStore store,
            SubmissionManagement management,
            SubmissionRepository submissions,
            ScoringAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.management = management;
        this.submissions = submissions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Attaches a file to the agency's answer on a criterion: during the self-assessment window, or
     * during verification on a criterion the coordinator asked more evidence for. Audited.
     */
    @Transactional
    public UUID attach(long campaignId, String agencyCode, String criterionCode, String fileName, InputStream in) {
        access.submitter(agencyCode);
        Campaign campaign = management.campaign(campaignId);
        CriteriaSet set = management.participating(campaign, agencyCode);
        if (set.criterion(criterionCode).filter(c -> !c.automatic()).isEmpty()) {
            throw new InvalidInputException("criterionCode", "scoring.answer.unknown-criterion");
        }
        if (!attachable(campaign, agencyCode).contains(criterionCode)) {
            throw new ConflictException(null, "scoring.evidence.closed");
        }
        StoredFile stored = store.store(in, fileName, TYPES, store.maxUploadBytes());
        UUID ref = jdbc.sql("""
                        INSERT INTO scoring.evidence (ref, campaign, agency_code, criterion_code, sha256, file_name,
                                                      media_type, size_bytes, uploaded_by, uploaded_at)
                        VALUES (:ref, :campaign, :agency, :criterion, :sha, :name, :type, :size, :by, :at)
                        ON CONFLICT (campaign, agency_code, criterion_code, sha256)
                        DO UPDATE SET file_name = scoring.evidence.file_name RETURNING ref""")
                .param("ref", UUID.randomUUID())
                .param("campaign", campaignId)
                .param("agency", agencyCode)
                .param("criterion", criterionCode)
                .param("sha", stored.sha256())
                .param("name", stored.filename())
                .param("type", stored.mediaType())
                .param("size", stored.sizeBytes())
                .param("by", Actor.current())
                .param("at", Timestamp.from(clock.instant()))
                .query(UUID.class)
                .single();
        events.publishEvent(new SubmissionChanged(
                campaignId,
                agencyCode,
                "evidence-added",
                null,
                criterionCode + ": " + stored.filename() + " sha256=" + stored.sha256()));
        return ref;
    }

    /**
     * Removes a file attached by mistake, while the agency may still attach files to that criterion (the
     * self-assessment window, or a criterion the coordinator asked more evidence for); afterwards the files
     * are the evidence of record and stay. Audited with the file's hash; the bytes stay in the shared
     * store, which keeps files by content and may hold the same file for another record.
     */
    @Transactional
    public void remove(long campaignId, String agencyCode, UUID ref) {
        access.submitter(agencyCode);
        Campaign campaign = management.campaign(campaignId);
        String[] file = jdbc.sql("SELECT criterion_code, file_name, sha256 FROM scoring.evidence"
                        + " WHERE ref = :ref AND campaign = :campaign AND agency_code = :agency")
                .param("ref", ref)
                .param("campaign", campaignId)
                .param("agency", agencyCode)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException(OBJECT, String.valueOf(ref)));
        if (!attachable(campaign, agencyCode).contains(file[0])) {
            throw new ConflictException(null, "scoring.evidence.closed");
        }
        jdbc.sql("DELETE FROM scoring.evidence WHERE ref = :ref")
                .param("ref", ref)
                .update();
        events.publishEvent(new SubmissionChanged(
                campaignId, agencyCode, "evidence-removed", file[0] + ": " + file[1] + " sha256=" + file[2], null));
    }

    /** What the scorecard shows of evidence to this viewer: nothing unless the agency's or the coordinator's. */
    @Transactional(readOnly = true)
    public EvidenceView of(long campaignId, String agencyCode) {
        var viewer = access.viewer();
        ScoringAccess.AGENCIES.require(viewer, agencyCode, "agency", agencyCode);
        Campaign campaign = management.campaign(campaignId);
        if (!mayDownload(viewer, agencyCode)) {
            return new EvidenceView(false, Set.of(), Map.of(), Map.of(), false);
        }
        var submission = submissions.findByCampaignAndAgencyCode(campaignId, agencyCode);
        Map<String, EvidenceRequestView> requests = new LinkedHashMap<>();
        submission
                .map(s -> s.openRequests())
                .orElse(List.of())
                .forEach(r -> requests.put(
                        r.criterionCode(), new EvidenceRequestView(r.note(), r.requestedBy(), r.requestedAt())));
        Map<String, List<EvidenceFileView>> files =
                jdbc
                        .sql("""
                        SELECT ref, criterion_code, file_name, media_type, size_bytes, uploaded_by, uploaded_at
                          FROM scoring.evidence WHERE campaign = :campaign AND agency_code = :agency
                         ORDER BY uploaded_at, file_name""")
                        .param("campaign", campaignId)
                        .param("agency", agencyCode)
                        .query(AnswerEvidence::file)
                        .stream()
                        .collect(Collectors.groupingBy(
                                EvidenceFileView::criterionCode, LinkedHashMap::new, Collectors.toList()));
        Set<String> attachable =
                viewer.coordinatorOr(agencyCode, Role.AGENCY_OFFICER) ? attachable(campaign, agencyCode) : Set.of();
        boolean mayRequest = viewer.coordinator() && campaign.inVerification() && submission.isPresent();
        return new EvidenceView(true, attachable, files, requests, mayRequest);
    }

    /** Checked on every request: an unknown reference and one the viewer may not have answer the same 404. */
    @Transactional(readOnly = true)
    public Download download(long campaignId, String agencyCode, UUID ref) {
        var viewer = access.viewer();
        var row = jdbc.sql("""
                        SELECT ref, criterion_code, file_name, media_type, size_bytes, uploaded_by, uploaded_at, sha256
                          FROM scoring.evidence WHERE ref = :ref AND campaign = :campaign AND agency_code = :agency""")
                .param("ref", ref)
                .param("campaign", campaignId)
                .param("agency", agencyCode)
                .query((rs, n) -> new Object[] {file(rs, n), rs.getString("sha256")})
                .optional()
                .filter(r -> mayDownload(viewer, agencyCode))
                .orElseThrow(() -> new ObjectNotFoundException(OBJECT, String.valueOf(ref)));
        EvidenceFileView file = (EvidenceFileView) row[0];
        String sha = (String) row[1];
        return new Download(file.fileName(), file.mediaType(), file.sizeBytes(), () -> store.open(sha));
    }

    /** A file the user may download now; the bytes are opened when sent. */
    public record Download(String fileName, String mediaType, long sizeBytes, Supplier<InputStream> content) {}

    /** Criteria the agency may add files to now. */
    private Set<String> attachable(Campaign campaign, String agencyCode) {
        if (campaign.acceptsAnswers(LocalDate.now(clock))) {
            return management
                    .participating(campaign, agencyCode)
                    .criteria()
                    .filter(c -> !c.automatic())
                    .map(c -> c.code())
                    .collect(Collectors.toSet());
        }
        if (!campaign.inVerification()) {
            return Set.of();
        }
        return submissions
                .findByCampaignAndAgencyCode(campaign.id(), agencyCode)
                .map(s -> s.openRequests().stream()
                        .map(EvidenceRequest::criterionCode)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** The agency's own users and the coordinator; province-wide readers see scores, not files. */
    private static boolean mayDownload(Viewer viewer, String agencyCode) {
        return viewer.coordinatorOr(agencyCode, Role.AGENCY_OFFICER, Role.AGENCY_HEAD);
    }

    private static EvidenceFileView file(ResultSet rs, int n) throws SQLException {
        return new EvidenceFileView(
                rs.getObject("ref", UUID.class),
                rs.getString("criterion_code"),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
