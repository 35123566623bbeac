package vn.khien.systems.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.shared.ConflictException;
import vn.khien.systems.DossierStatus;
import vn.khien.systems.LevelDossierChanged;

/**
 * A proposal to classify a system at a level (Decree 85/2016 Arts. 12–15): drafted, submitted,
 * appraised, then approved with a decision or returned with reasons to be corrected and resubmitted.
 */
@Table(schema = "systems", name = "level_dossier")
public class LevelDossier extends AbstractAggregateRoot<LevelDossier> {

    @Id
    private Long id;

    private final String systemCode;
    private final int number;
    private int proposedLevel;
    private String justification;
    private DossierStatus status;
    private String appraisalOpinion;
    private String appraisedBy;

    @Embedded.Nullable(prefix = "decision_")
    private LevelDecision decision;

    private String returnReasons;
    private final Instant createdAt;
    private Instant changedAt;

    @MappedCollection(idColumn = "level_dossier", keyColumn = "position")
    private List<Attachment> attachments;

    @Version
    private int version;

    @PersistenceCreator
    LevelDossier(
            Long id,
            String systemCode,
            int number,
            int proposedLevel,
            String justification,
            DossierStatus status,
            String appraisalOpinion,
            String appraisedBy,
            LevelDecision decision,
            String returnReasons,
            Instant createdAt,
            Instant changedAt,
            List<Attachment> attachments,
            int version) {
        this.id = id;
        this.systemCode = systemCode;
        this.number = number;
        this.proposedLevel = proposedLevel;
        this.justification = justification;
        this.status = status;
        this.appraisalOpinion = appraisalOpinion;
        this.appraisedBy = appraisedBy;
        this.decision = decision;
        this.returnReasons = returnReasons;
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.attachments = new ArrayList<>(attachments);
        this.version = version;
    }

    public static LevelDossier draft(String systemCode, int number, int level, String justification, Instant now) {
        var dossier = new LevelDossier(
                null,
                systemCode,
                number,
                level,
                justification,
                DossierStatus.DRAFT,
                null,
                null,
                null,
                null,
                now,
                now,
                List.of(),
                0);
        dossier.changed("created", null, now);
        return dossier;
    }

    /** Only a draft or a returned dossier may be corrected. */
    public void revise(int level, String newJustification, Instant now) {
        require(status == DossierStatus.DRAFT || status == DossierStatus.RETURNED);
        this.proposedLevel = level;
        this.justification = newJustification;
        changed("revised", null, now);
    }

    public void submit(Instant now) {
        require(status == DossierStatus.DRAFT || status == DossierStatus.RETURNED);
        this.status = DossierStatus.SUBMITTED;
        this.returnReasons = null;
        changed("submitted", null, now);
    }

    public void appraise(String opinion, String appraiser, Instant now) {
        require(status == DossierStatus.SUBMITTED);
        this.status = DossierStatus.APPRAISED;
        this.appraisalOpinion = opinion;
        this.appraisedBy = appraiser;
        changed("appraised", opinion, now);
    }

    public void approve(LevelDecision approval, Instant now) {
        require(status == DossierStatus.APPRAISED);
        this.status = DossierStatus.APPROVED;
        this.decision = approval;
        changed("approved", "decision=" + approval.number() + ", decidedOn=" + approval.date(), now);
    }

    /** The appraiser or the approver sends it back; the owner corrects it and submits again. */
    public void returnWith(String reasons, Instant now) {
        require(status == DossierStatus.SUBMITTED || status == DossierStatus.APPRAISED);
        this.status = DossierStatus.RETURNED;
        this.returnReasons = reasons;
        changed("returned", reasons, now);
    }

    /** The owner abandons a draft or a returned dossier; it stays in the history, closed. */
    public void withdraw(String reason, Instant now) {
        require(status == DossierStatus.DRAFT || status == DossierStatus.RETURNED);
        this.status = DossierStatus.WITHDRAWN;
        changed("withdrawn", reason, now);
    }

    /** Documents may be added until the dossier is approved; an approved dossier is a record. */
    public void attach(Attachment attachment) {
        require(status.open());
        attachments.add(attachment);
        changed("attached", attachment.fileName() + " sha256=" + attachment.sha256(), attachment.uploadedAt());
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new ConflictException("systems.dossier.error.transition");
        }
    }

    private void changed(String change, String detail, Instant now) {
        this.changedAt = now;
        registerEvent(new LevelDossierChanged(systemCode, number, change, proposedLevel, detail));
    }

    public String systemCode() {
        return systemCode;
    }

    public int number() {
        return number;
    }

    public int proposedLevel() {
        return proposedLevel;
    }

    public DossierStatus status() {
        return status;
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    public String justification() {
        return justification;
    }

    public String appraisalOpinion() {
        return appraisalOpinion;
    }

    public String appraisedBy() {
        return appraisedBy;
    }

    public LevelDecision decision() {
        return decision;
    }

    public String returnReasons() {
        return returnReasons;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The events the next save will publish; the domain tests read them. */
    java.util.Collection<Object> pendingEvents() {
        return java.util.List.copyOf(domainEvents());
    }
}
