package vn.khien.registers.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.registers.ExceptionStatus;
import vn.khien.registers.ItPlanChanged;
import vn.khien.registers.ItPlanKind;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/** An IT application plan or project of one agency, with its security budget lines. */
@Table(schema = "registers", name = "it_plan")
public class ItPlan extends AbstractAggregateRoot<ItPlan> {

    @Id
    private Long id;

    private final String agencyCode;
    private ItPlanKind kind;
    private String name;
    private int yearFrom;
    private int yearTo;
    private BigDecimal totalBudget;
    private ExceptionStatus exceptionStatus;
    private String exceptionReason;
    private String exceptionEvidence;
    private LocalDate exceptionDecidedOn;
    private String exceptionDecision;
    private final Instant recordedAt;

    @MappedCollection(idColumn = "it_plan", keyColumn = "position")
    private List<BudgetLine> lines;

    @Version
    private int version;

    @PersistenceCreator
    ItPlan(
            Long id,
            String agencyCode,
            ItPlanKind kind,
            String name,
            int yearFrom,
            int yearTo,
            BigDecimal totalBudget,
            ExceptionStatus exceptionStatus,
            String exceptionReason,
            String exceptionEvidence,
            LocalDate exceptionDecidedOn,
            String exceptionDecision,
            Instant recordedAt,
            List<BudgetLine> lines,
            int version) {
        this.id = id;
        this.agencyCode = agencyCode;
        this.kind = kind;
        this.name = name;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.totalBudget = totalBudget;
        this.exceptionStatus = exceptionStatus;
        this.exceptionReason = exceptionReason;
        this.exceptionEvidence = exceptionEvidence;
        this.exceptionDecidedOn = exceptionDecidedOn;
        this.exceptionDecision = exceptionDecision;
        this.recordedAt = recordedAt;
        this.lines = new ArrayList<>(lines);
        this.version = version;
    }

    public static ItPlan record(String agencyCode, ItPlanFacts facts, List<BudgetLine> lines, Instant now) {
        var plan = new ItPlan(
                null,
                agencyCode,
                null,
                null,
                0,
                0,
                null,
                ExceptionStatus.NONE,
                null,
                null,
                null,
                null,
                now,
                List.of(),
                0);
        plan.apply(facts, lines);
        return plan;
    }

    /** Publishes the change once the id is known (after the first save). */
    public ItPlan announce(String change) {
        registerEvent(new ItPlanChanged(ref(), agencyCode, change, summary()));
        return this;
    }

    public void revise(ItPlanFacts facts, List<BudgetLine> newLines) {
        apply(facts, newLines);
        announce("revised");
    }

    public void declareException(String reason, String evidence) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "registers.it-plan.exception.reason-required");
        }
        if (exceptionStatus == ExceptionStatus.ACCEPTED) {
            throw new ConflictException(null, "registers.it-plan.exception.already-accepted");
        }
        exceptionStatus = ExceptionStatus.DECLARED;
        exceptionReason = reason.strip();
        exceptionEvidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        exceptionDecidedOn = null;
        exceptionDecision = null;
        announce("exception-declared");
    }

    /** The coordinator's decision on a declared exception. */
    public void decideException(boolean accept, String note, LocalDate on) {
        if (exceptionStatus != ExceptionStatus.DECLARED) {
            throw new ConflictException(null, "registers.it-plan.exception.not-declared");
        }
        if (!accept && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "registers.decision.note-required");
        }
        exceptionStatus = accept ? ExceptionStatus.ACCEPTED : ExceptionStatus.REJECTED;
        exceptionDecidedOn = on;
        exceptionDecision = note == null || note.isBlank() ? null : note.strip();
        announce(accept ? "exception-accepted" : "exception-rejected");
    }

    public BigDecimal securityBudget() {
        return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public SecurityShare share() {
        return new SecurityShare(securityBudget(), totalBudget);
    }

    private void apply(ItPlanFacts facts, List<BudgetLine> newLines) {
        BigDecimal security = newLines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (security.compareTo(facts.totalBudget()) > 0) {
            throw new InvalidInputException("securityBudget", "registers.it-plan.security-above-total");
        }
        this.kind = facts.kind();
        this.name = facts.name();
        this.yearFrom = facts.yearFrom();
        this.yearTo = facts.yearTo();
        this.totalBudget = facts.totalBudget();
        this.lines = new ArrayList<>(newLines);
    }

    private String summary() {
        return kind + " " + yearFrom + "-" + yearTo + " total=" + totalBudget.toPlainString() + " security="
                + securityBudget().toPlainString() + " exception=" + exceptionStatus;
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

    public ItPlanFacts facts() {
        return new ItPlanFacts(kind, name, yearFrom, yearTo, totalBudget);
    }

    public List<BudgetLine> lines() {
        return List.copyOf(lines);
    }

    public ExceptionStatus exceptionStatus() {
        return exceptionStatus;
    }

    public String exceptionReason() {
        return exceptionReason;
    }

    public String exceptionEvidence() {
        return exceptionEvidence;
    }

    public LocalDate exceptionDecidedOn() {
        return exceptionDecidedOn;
    }

    public String exceptionDecision() {
        return exceptionDecision;
    }
}
