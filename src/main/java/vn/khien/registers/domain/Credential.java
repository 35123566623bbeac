package vn.khien.registers.domain;

import static vn.khien.registers.CredentialStatus.EXPIRED;
import static vn.khien.registers.CredentialStatus.ISSUED;
import static vn.khien.registers.CredentialStatus.LOST_OR_BROKEN;
import static vn.khien.registers.CredentialStatus.RENEWED;
import static vn.khien.registers.CredentialStatus.REQUESTED;
import static vn.khien.registers.CredentialStatus.REVOKED;
import static vn.khien.registers.CredentialStatus.SUSPENDED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.CredentialStatusChanged;
import vn.khien.registers.RegisterChanged;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/** A USB token with its specialised certificate, held by one person of one agency. */
@Table(schema = "registers", name = "credential")
public class Credential extends AbstractAggregateRoot<Credential> {

    /** Which status may follow which; revoked, expired and lost/broken end the credential. */
    static final Map<CredentialStatus, Set<CredentialStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(ISSUED, REVOKED),
            ISSUED, EnumSet.of(RENEWED, SUSPENDED, REVOKED, EXPIRED, LOST_OR_BROKEN),
            RENEWED, EnumSet.of(RENEWED, SUSPENDED, REVOKED, EXPIRED, LOST_OR_BROKEN),
            SUSPENDED, EnumSet.of(ISSUED, RENEWED, REVOKED, EXPIRED, LOST_OR_BROKEN),
            REVOKED, EnumSet.noneOf(CredentialStatus.class),
            EXPIRED, EnumSet.noneOf(CredentialStatus.class),
            LOST_OR_BROKEN, EnumSet.noneOf(CredentialStatus.class));

    @Id
    private Long id;

    private final String agencyCode;

    @Embedded.Empty
    private CredentialFacts facts;

    private CredentialStatus status;
    private boolean revocationFlagged;
    private String revocationReason;
    private LocalDate remindedFor;

    @MappedCollection(idColumn = "credential", keyColumn = "position")
    private List<CredentialTransition> transitions;

    @Version
    private int version;

    @PersistenceCreator
    Credential(
            Long id,
            String agencyCode,
            CredentialFacts facts,
            CredentialStatus status,
            boolean revocationFlagged,
            String revocationReason,
            LocalDate remindedFor,
            List<CredentialTransition> transitions,
            int version) {
        this.id = id;
        this.agencyCode = agencyCode;
        this.facts = facts;
        this.status = status;
        this.revocationFlagged = revocationFlagged;
        this.revocationReason = revocationReason;
        this.remindedFor = remindedFor;
        this.transitions = new ArrayList<>(transitions);
        this.version = version;
    }

    /**
     * A credential as it stands today: a requested one has no validity yet; an issued or renewed one is
     * checked against the Decree 68 limits. Existing credentials (import) may be recorded in any status.
     */
    public static Credential record(
            String agencyCode,
            CredentialFacts facts,
            CredentialStatus status,
            LocalDate on,
            ValidityLimits limits,
            boolean checkLimits) {
        if (status == null) {
            throw new InvalidInputException("status", "registers.credential.status-required");
        }
        if (checkLimits && (status == ISSUED || status == RENEWED)) {
            limits.check(facts.validFrom(), facts.validTo(), status == RENEWED);
        }
        var credential = new Credential(null, agencyCode, facts, status, false, null, null, List.of(), 0);
        credential.transitions.add(new CredentialTransition(null, status, on, null));
        return credential;
    }

    /** Publishes the recording once the id is known (after the first save). */
    public Credential announceRecorded() {
        registerEvent(new CredentialStatusChanged(
                ref(), agencyCode, null, status, transitions.get(0).happenedOn(), null));
        return this;
    }

    public void correct(CredentialFacts corrected) {
        this.facts = corrected;
        registerEvent(new RegisterChanged("credential", ref(), agencyCode, "corrected", corrected.certificateSerial()));
    }

    /**
     * Moves to the next status on a date. Issuing and renewing take the new validity, checked against the
     * limits; ending it (revoked, expired, lost) clears a revocation flag, which has then been dealt with.
     */
    public void transition(
            CredentialStatus to,
            LocalDate on,
            String reason,
            LocalDate validFrom,
            LocalDate validTo,
            ValidityLimits limits) {
        if (to == null) {
            throw new InvalidInputException("status", "registers.credential.status-required");
        }
        if (!NEXT.get(status).contains(to)) {
            throw new ConflictException("status", "registers.credential.transition-not-allowed");
        }
        if (on == null) {
            throw new InvalidInputException("on", "registers.credential.date-required");
        }
        boolean needsReason = to == SUSPENDED || to == REVOKED || to == LOST_OR_BROKEN;
        if (needsReason && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "registers.credential.reason-required");
        }
        if (to == ISSUED || to == RENEWED) {
            LocalDate from = validFrom == null ? facts.validFrom() : validFrom;
            LocalDate until = validTo == null ? facts.validTo() : validTo;
            if (status != SUSPENDED || to == RENEWED) {
                limits.check(from, until, to == RENEWED);
            }
            facts = new CredentialFacts(
                    facts.tokenSerial(),
                    facts.certificateSerial(),
                    facts.holderName(),
                    facts.holderPosition(),
                    facts.staffId(),
                    facts.issuer(),
                    facts.purpose(),
                    from,
                    until);
        }
        if (to == REVOKED || to == EXPIRED || to == LOST_OR_BROKEN) {
            revocationFlagged = false;
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        transitions.add(new CredentialTransition(status, to, on, why));
        registerEvent(new CredentialStatusChanged(ref(), agencyCode, status, to, on, why));
        status = to;
    }

    /** The holder left the agency: someone must revoke the credential. */
    public void flagForRevocation(String reason) {
        if (!status.active() || revocationFlagged) {
            return;
        }
        revocationFlagged = true;
        revocationReason = reason;
        registerEvent(new RegisterChanged("credential", ref(), agencyCode, "flagged-for-revocation", reason));
    }

    /** The statuses this credential may move to next. */
    public List<CredentialStatus> next() {
        return List.copyOf(NEXT.get(status));
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

    public CredentialFacts facts() {
        return facts;
    }

    public CredentialStatus status() {
        return status;
    }

    public boolean revocationFlagged() {
        return revocationFlagged;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public List<CredentialTransition> transitions() {
        return List.copyOf(transitions);
    }
}
