package vn.khien.registers.domain;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.registers.AttestationAccepted;
import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationStatus;
import vn.khien.registers.RegisterChanged;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/** An agency attests something a rule asks for (e.g. the coordination regulation), with evidence. */
@Table(schema = "registers", name = "attestation")
public class Attestation extends AbstractAggregateRoot<Attestation> {

    @Id
    private Long id;

    private final String agencyCode;
    private final AttestationKind kind;
    private final String title;
    private final LocalDate attestedOn;
    private final String evidence;
    private AttestationStatus status;
    private LocalDate decidedOn;
    private String decisionNote;

    @Version
    private int version;

    @PersistenceCreator
    Attestation(
            Long id,
            String agencyCode,
            AttestationKind kind,
            String title,
            LocalDate attestedOn,
            String evidence,
            AttestationStatus status,
            LocalDate decidedOn,
            String decisionNote,
            int version) {
        this.id = id;
        this.agencyCode = agencyCode;
        this.kind = kind;
        this.title = title;
        this.attestedOn = attestedOn;
        this.evidence = evidence;
        this.status = status;
        this.decidedOn = decidedOn;
        this.decisionNote = decisionNote;
        this.version = version;
    }

    public static Attestation submit(
            String agencyCode, AttestationKind kind, String title, LocalDate on, String evidence) {
        return new Attestation(null, agencyCode, kind, title, on, evidence, AttestationStatus.SUBMITTED, null, null, 0);
    }

    public Attestation announceSubmitted() {
        registerEvent(new RegisterChanged("attestation", ref(), agencyCode, "submitted", kind + " " + title));
        return this;
    }

    public void decide(boolean accept, String note, LocalDate on) {
        if (status != AttestationStatus.SUBMITTED) {
            throw new ConflictException(null, "registers.attestation.already-decided");
        }
        if (!accept && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "registers.decision.note-required");
        }
        status = accept ? AttestationStatus.ACCEPTED : AttestationStatus.REJECTED;
        decidedOn = on;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
        registerEvent(
                accept
                        ? new AttestationAccepted(ref(), agencyCode, kind, on)
                        : new RegisterChanged("attestation", ref(), agencyCode, "rejected", decisionNote));
    }

    /** The id for events; an aggregate announces itself only once saved (tests use unsaved ones). */
    private long ref() {
        return id == null ? 0 : id;
    }

    public Long id() {
        return id;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public AttestationStatus status() {
        return status;
    }
}
