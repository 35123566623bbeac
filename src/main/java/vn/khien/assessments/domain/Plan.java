package vn.khien.assessments.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.assessments.PlanChanged;
import vn.khien.assessments.PlanStatus;
import vn.khien.shared.ConflictException;

/**
 * An agency's assessment plan for a year: which systems are assessed, when and by whom. The agency
 * drafts and submits it; the coordinator approves it (which pre-fills the planned assessments) or
 * returns it with a reason.
 */
@Table(schema = "assessments", name = "plan")
public class Plan extends AbstractAggregateRoot<Plan> {

    @Id
    private final UUID id;

    private final String agencyCode;
    private final int year;
    private PlanStatus status;
    private String returnReason;
    private final Instant createdAt;
    private Instant changedAt;

    @MappedCollection(idColumn = "plan", keyColumn = "position")
    private final List<PlanItem> items;

    @Version
    private int version;

    @PersistenceCreator
    Plan(
            UUID id,
            String agencyCode,
            int year,
            PlanStatus status,
            String returnReason,
            Instant createdAt,
            Instant changedAt,
            List<PlanItem> items,
            int version) {
        this.id = id;
        this.agencyCode = agencyCode;
        this.year = year;
        this.status = status;
        this.returnReason = returnReason;
        this.createdAt = createdAt;
        this.changedAt = changedAt;
        this.items = new ArrayList<>(items);
        this.version = version;
    }

    public static Plan draft(String agencyCode, int year, Instant now) {
        var plan = new Plan(UUID.randomUUID(), agencyCode, year, PlanStatus.DRAFT, null, now, now, List.of(), 0);
        plan.changed("created", null, now);
        return plan;
    }

    public void add(PlanItem item, Instant now) {
        require(editable());
        if (item.period().start().getYear() != year) {
            throw new vn.khien.shared.InvalidInputException("plannedStart", "assessments.plan.error.year", year);
        }
        items.add(item);
        changed("item-added", "system=" + item.systemCode() + ", assessor=" + item.assessorCode(), now);
    }

    public void submit(Instant now) {
        require(editable() && !items.isEmpty());
        this.status = PlanStatus.SUBMITTED;
        this.returnReason = null;
        changed("submitted", null, now);
    }

    public void approve(Instant now) {
        require(status == PlanStatus.SUBMITTED);
        this.status = PlanStatus.APPROVED;
        changed("approved", null, now);
    }

    public void returnWith(String reason, Instant now) {
        require(status == PlanStatus.SUBMITTED);
        this.status = PlanStatus.RETURNED;
        this.returnReason = reason;
        changed("returned", reason, now);
    }

    public boolean editable() {
        return status == PlanStatus.DRAFT || status == PlanStatus.RETURNED;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new ConflictException("assessments.error.transition");
        }
    }

    private void changed(String change, String detail, Instant now) {
        this.changedAt = now;
        registerEvent(new PlanChanged(id, agencyCode, year, change, detail));
    }

    public UUID id() {
        return id;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public int year() {
        return year;
    }

    public PlanStatus status() {
        return status;
    }

    public String returnReason() {
        return returnReason;
    }

    public List<PlanItem> items() {
        return List.copyOf(items);
    }

    public Instant changedAt() {
        return changedAt;
    }
}
