package vn.khien.assessments.application;

import java.io.InputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.khien.assessments.AssessmentChanged;
import vn.khien.assessments.FindingChanged;
import vn.khien.assessments.FindingStatus;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.shared.ConflictException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.files.AllowedType;
import vn.khien.shared.files.FileStore;
import vn.khien.shared.files.StoredFile;

/**
 * Evidence of findings and assessment reports. The bytes go to the shared content-addressed file store
 * (size, type by content, optional ClamAV scan, deduplicated); the metadata stays here. A download is
 * addressed by a random reference and checks the user's access to the finding or assessment each time.
 */
@Service
public class EvidenceFiles {

    static final Set<AllowedType> TYPES = EnumSet.allOf(AllowedType.class);
    private static final String COLUMNS = "ref, kind, file_name, media_type, size_bytes, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;
    private final FileStore store;
    private final AssessmentManagement assessments;
    private final FindingManagement findings;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;

    EvidenceFiles(
            JdbcClient jdbc,
            FileStore store,
            AssessmentManagement assessments,
            FindingManagement findings,
            AccessPolicy access,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${khien.assessments.evidence.max-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.store = store;
        this.assessments = assessments;
        this.findings = findings;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** The assessor documents the finding; the agency documents its fix. Closed findings are a record. */
    @Transactional
    public UUID attachToFinding(UUID findingId, String fileName, InputStream content) {
        var viewer = access.currentViewer();
        var finding = findings.visible(viewer, findingId);
        viewer.require(
                findings.mayVerify(viewer, finding)
                        || viewer.coordinatorOr(finding.agencyCode(), Role.AGENCY_OFFICER, Role.AGENCY_HEAD),
                "not allowed for this assessment");
        if (finding.status() == FindingStatus.CLOSED) {
            throw new ConflictException("assessments.error.transition");
        }
        StoredFile stored = store.store(content, fileName, TYPES, maxBytes);
        UUID ref = insert(finding.assessmentId(), findingId, "EVIDENCE", stored);
        events.publishEvent(
                new FindingChanged(findingId, "evidence-added", stored.filename() + " sha256=" + stored.sha256()));
        return ref;
    }

    /** The assessor's report (draft or final) while the assessment is open. */
    @Transactional
    public UUID attachReport(UUID assessmentId, String fileName, InputStream content) {
        var viewer = access.currentViewer();
        var assessment = assessments.visible(viewer, assessmentId);
        viewer.requireCoordinatorOr(assessment.assessorCode(), Role.ASSESSOR);
        if (assessment.status().isFinal()) {
            throw new ConflictException("assessments.error.transition");
        }
        StoredFile stored = store.store(content, fileName, TYPES, maxBytes);
        UUID ref = insert(assessmentId, null, "REPORT", stored);
        events.publishEvent(new AssessmentChanged(
                assessmentId, "report-uploaded", stored.filename() + " sha256=" + stored.sha256()));
        return ref;
    }

    public List<EvidenceFile> ofFinding(UUID findingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessments.evidence WHERE finding_id = :id ORDER BY uploaded_at")
                .param("id", findingId)
                .query(EvidenceFiles::file)
                .list();
    }

    public List<EvidenceFile> reportsOf(UUID assessmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessments.evidence"
                        + " WHERE assessment_id = :id AND finding_id IS NULL ORDER BY uploaded_at")
                .param("id", assessmentId)
                .query(EvidenceFiles::file)
                .list();
    }

    private static EvidenceFile file(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EvidenceFile(
                rs.getObject("ref", UUID.class),
                rs.getString("kind"),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    /** Checked on every request: the same answer (404) for an unknown reference and a hidden one. */
    @Transactional(readOnly = true)
    public EvidenceDownload download(UUID ref) {
        var row = jdbc.sql("SELECT assessment_id, finding_id, sha256, file_name, media_type, size_bytes"
                        + " FROM assessments.evidence WHERE ref = :ref")
                .param("ref", ref)
                .query((rs, n) -> new Object[] {
                    rs.getObject("assessment_id", UUID.class),
                    rs.getObject("finding_id", UUID.class),
                    rs.getString("sha256"),
                    rs.getString("file_name"),
                    rs.getString("media_type"),
                    rs.getLong("size_bytes")
                })
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("evidence", String.valueOf(ref)));
        var viewer = access.currentViewer();
        try {
            if (row[1] != null) {
                findings.visible(viewer, (UUID) row[1]);
            } else {
                assessments.visible(viewer, (UUID) row[0]);
            }
        } catch (ObjectNotFoundException hidden) {
            throw new ObjectNotFoundException("evidence", String.valueOf(ref));
        }
        String sha = (String) row[2];
        return new EvidenceDownload((String) row[3], (String) row[4], (Long) row[5], () -> store.open(sha));
    }

    /** The same content attached twice to the same finding or report list is kept once. */
    private UUID insert(UUID assessmentId, UUID findingId, String kind, StoredFile stored) {
        var existing = jdbc.sql("SELECT ref FROM assessments.evidence WHERE sha256 = :sha AND kind = :kind"
                        + " AND assessment_id IS NOT DISTINCT FROM CAST(:assessment AS uuid)"
                        + " AND finding_id IS NOT DISTINCT FROM CAST(:finding AS uuid)")
                .param("sha", stored.sha256())
                .param("kind", kind)
                .param("assessment", assessmentId)
                .param("finding", findingId)
                .query(UUID.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID ref = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO assessments.evidence (ref, assessment_id, finding_id, kind, sha256, file_name, media_type,"
                                + " size_bytes, uploaded_by, uploaded_at) VALUES (:ref, CAST(:assessment AS uuid), CAST(:finding AS uuid), :kind, :sha,"
                                + " :name, :type, :size, :by, :at)")
                .param("ref", ref)
                .param("assessment", assessmentId)
                .param("finding", findingId)
                .param("kind", kind)
                .param("sha", stored.sha256())
                .param("name", stored.filename())
                .param("type", stored.mediaType())
                .param("size", stored.sizeBytes())
                .param("by", access.currentViewer().actor())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        return ref;
    }
}
