package vn.khien.registers.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.khien.identity.AccessPolicy;
import vn.khien.registers.AttestationStatus;
import vn.khien.registers.ExceptionStatus;
import vn.khien.registers.RegisterChanged;
import vn.khien.registers.domain.AttestationRepository;
import vn.khien.registers.domain.ItPlanRepository;
import vn.khien.shared.ConflictException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.files.AllowedType;
import vn.khien.shared.files.FileStore;
import vn.khien.shared.files.StoredFile;

/**
 * Evidence files of attestations, IT-plan exceptions and telecom measures, the same way assessments keep theirs: the bytes
 * go to the shared content-addressed store (size counted, type by content, optional virus scan), the
 * metadata stays here, and a download is addressed by a random reference that grants nothing by itself:
 * the owner's agency is checked on every request.
 */
@Service
public class RegisterEvidence {

    private static final Set<AllowedType> TYPES = EnumSet.allOf(AllowedType.class);
    private static final String COLUMNS = "ref, file_name, media_type, size_bytes, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;
    private final FileStore store;
    private final AttestationRepository attestations;
    private final ItPlanRepository plans;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;

    RegisterEvidence(
            JdbcClient jdbc,
            FileStore store,
            AttestationRepository attestations,
            ItPlanRepository plans,
            AccessPolicy access,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${khien.registers.evidence.max-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.store = store;
        this.attestations = attestations;
        this.plans = plans;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** Evidence of an attestation the coordinator has not decided yet (a decided one is a record). */
    @Transactional
    public UUID attachToAttestation(long id, EvidenceUpload upload) {
        var attestation = attestations
                .findById(id)
                .orElseThrow(() -> new ObjectNotFoundException(AttestationManagement.TYPE, String.valueOf(id)));
        RegisterAccess.requireEditable(
                access.currentViewer(), AttestationManagement.TYPE, id, attestation.agencyCode());
        if (attestation.status() != AttestationStatus.SUBMITTED) {
            throw new ConflictException(null, "registers.attestation.already-decided");
        }
        return attach("attestation_id", AttestationManagement.TYPE, id, attestation.agencyCode(), upload);
    }

    /** Evidence of a declared exception, while it awaits the coordinator's decision. */
    @Transactional
    public UUID attachToException(long planId, EvidenceUpload upload) {
        var plan = plans.findById(planId)
                .orElseThrow(() -> new ObjectNotFoundException(ItPlanManagement.TYPE, String.valueOf(planId)));
        RegisterAccess.requireEditable(access.currentViewer(), ItPlanManagement.TYPE, planId, plan.agencyCode());
        if (plan.exceptionStatus() != ExceptionStatus.DECLARED) {
            throw new ConflictException(null, "registers.it-plan.exception.not-declared");
        }
        return attach("it_plan_id", ItPlanManagement.TYPE, planId, plan.agencyCode(), upload);
    }

    /** Evidence of a telecom operator's child-protection measure, kept with the measure. */
    @Transactional
    public UUID attachToMeasure(long measureId, EvidenceUpload upload) {
        String agency = jdbc.sql("SELECT agency_code FROM registers.telecom_measure WHERE id = :id")
                .param("id", measureId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException(TelecomMeasures.TYPE, String.valueOf(measureId)));
        RegisterAccess.requireEditable(access.currentViewer(), TelecomMeasures.TYPE, measureId, agency);
        return attach("telecom_measure_id", TelecomMeasures.TYPE, measureId, agency, upload);
    }

    public List<EvidenceFile> ofPlan(long planId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM registers.evidence_file WHERE it_plan_id = :id ORDER BY uploaded_at")
                .param("id", planId)
                .query(RegisterEvidence::file)
                .list();
    }

    /** The files of several attestations at once (a list page), by attestation id. */
    public Map<Long, List<EvidenceFile>> ofAttestations(Collection<Long> ids) {
        return byOwner("attestation_id", ids);
    }

    /** The files of several telecom measures at once, by measure id. */
    public Map<Long, List<EvidenceFile>> ofMeasures(Collection<Long> ids) {
        return byOwner("telecom_measure_id", ids);
    }

    private Map<Long, List<EvidenceFile>> byOwner(String ownerColumn, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT " + ownerColumn + " AS owner, " + COLUMNS + " FROM registers.evidence_file" + " WHERE "
                        + ownerColumn + " = ANY(:ids) ORDER BY uploaded_at")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong("owner"), file(rs, n)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Checked on every request: the same answer (404) for an unknown reference and a hidden one. */
    @Transactional(readOnly = true)
    public EvidenceDownload download(UUID ref) {
        var found = jdbc.sql("SELECT agency_code, sha256, file_name, media_type, size_bytes"
                        + " FROM registers.evidence_file WHERE ref = :ref")
                .param("ref", ref)
                .query((rs, n) -> new Object[] {
                    rs.getString("agency_code"),
                    rs.getString("sha256"),
                    rs.getString("file_name"),
                    rs.getString("media_type"),
                    rs.getLong("size_bytes")
                })
                .optional()
                .filter(row -> RegisterAccess.ENTRIES.allows(access.currentViewer(), (String) row[0]))
                .orElseThrow(() -> new ObjectNotFoundException("evidence", String.valueOf(ref)));
        String sha = (String) found[1];
        return new EvidenceDownload((String) found[2], (String) found[3], (Long) found[4], () -> store.open(sha));
    }

    private UUID attach(String ownerColumn, String type, long id, String agency, EvidenceUpload upload) {
        StoredFile stored = store.store(upload.content(), upload.fileName(), TYPES, maxBytes);
        UUID ref = UUID.randomUUID();
        jdbc.sql("INSERT INTO registers.evidence_file (ref, " + ownerColumn + ", agency_code, sha256, file_name,"
                        + " media_type, size_bytes, uploaded_by, uploaded_at)"
                        + " VALUES (:ref, :id, :agency, :sha, :name, :type, :size, :by, :at)")
                .param("ref", ref)
                .param("id", id)
                .param("agency", agency)
                .param("sha", stored.sha256())
                .param("name", stored.filename())
                .param("type", stored.mediaType())
                .param("size", stored.sizeBytes())
                .param("by", currentUser())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new RegisterChanged(
                type, id, agency, "evidence-added", stored.filename() + " sha256=" + stored.sha256()));
        return ref;
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static EvidenceFile file(ResultSet rs, int n) throws SQLException {
        return new EvidenceFile(
                rs.getObject("ref", UUID.class),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
