package vn.khien.registers.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.registers.BudgetOrigin;
import vn.khien.registers.ItPlanData;
import vn.khien.registers.ItPlanRegister;
import vn.khien.registers.domain.BudgetLine;
import vn.khien.registers.domain.ItPlan;
import vn.khien.registers.domain.ItPlanFacts;
import vn.khien.registers.domain.ItPlanRepository;
import vn.khien.registers.domain.Money;
import vn.khien.shared.ObjectNotFoundException;

/** Changes to IT plans: check access, validate, change, save (the events go out), answer the id. */
@Service
public class ItPlanManagement implements ItPlanRegister {

    static final String TYPE = "it-plan";
    private static final String UNSPECIFIED = "Chưa phân loại";

    private final ItPlanRepository plans;
    private final AgencyDirectory agencies;
    private final AccessPolicy access;
    private final RegisterEvidence files;
    private final Clock clock;

    ItPlanManagement(
            ItPlanRepository plans,
            AgencyDirectory agencies,
            AccessPolicy access,
            RegisterEvidence files,
            Clock clock) {
        this.plans = plans;
        this.agencies = agencies;
        this.access = access;
        this.files = files;
        this.clock = clock;
    }

    @Transactional
    public long record(ItPlanData data) {
        var viewer = access.currentViewer();
        String agency = Problems.clean(data.agencyCode());
        if (agency == null || agencies.find(agency).isEmpty() || !RegisterAccess.ENTRIES.allows(viewer, agency)) {
            throw new vn.khien.shared.InvalidInputException("agencyCode", "registers.agency.unknown");
        }
        RegisterAccess.requireEditable(viewer, TYPE, agency, agency);
        var valid = validate(data);
        var plan = plans.save(ItPlan.record(agency, valid.facts(), valid.lines(), clock.instant()));
        return plans.save(plan.announce("recorded")).id();
    }

    @Transactional
    public void revise(long id, ItPlanData data) {
        var plan = editable(id);
        var valid = validate(data);
        plan.revise(valid.facts(), valid.lines());
        plans.save(plan);
    }

    /** Declares with an evidence file in one transaction: a refused file declares nothing. */
    @Transactional
    public void declareException(long id, String reason, String evidence, EvidenceUpload upload) {
        declareException(id, reason, evidence);
        if (upload != null) {
            files.attachToException(id, upload);
        }
    }

    @Transactional
    public void declareException(long id, String reason, String evidence) {
        var plan = editable(id);
        new Problems()
                .require("reason", reason)
                .maxLength("reason", reason, 2000)
                .maxLength("evidence", evidence, 500)
                .throwIfAny();
        plan.declareException(reason, evidence);
        plans.save(plan);
    }

    @Transactional
    public void decideException(long id, boolean accept, String note) {
        var viewer = access.currentViewer();
        var plan = plans.findById(id).orElseThrow(() -> new ObjectNotFoundException(TYPE, String.valueOf(id)));
        RegisterAccess.ENTRIES.require(viewer, plan.agencyCode(), TYPE, id);
        viewer.requireCoordinator();
        new Problems().maxLength("note", note, 2000).throwIfAny();
        plan.decideException(accept, note, LocalDate.now(clock));
        plans.save(plan);
    }

    public boolean mayEdit(String agencyCode) {
        return RegisterAccess.canEdit(access.currentViewer(), agencyCode);
    }

    private ItPlan editable(long id) {
        var plan = plans.findById(id).orElseThrow(() -> new ObjectNotFoundException(TYPE, String.valueOf(id)));
        RegisterAccess.requireEditable(access.currentViewer(), TYPE, id, plan.agencyCode());
        return plan;
    }

    private record Valid(ItPlanFacts facts, List<BudgetLine> lines) {}

    private Valid validate(ItPlanData data) {
        var problems = new Problems()
                .require("kind", data.kind())
                .require("name", data.name())
                .maxLength("name", data.name(), 300)
                .require("yearFrom", data.yearFrom());
        if (data.yearFrom() != null && (data.yearFrom() < 2000 || data.yearFrom() > 2100)) {
            problems.add("yearFrom", "registers.it-plan.year-range");
        }
        Integer yearTo = yearTo(data);
        if (data.yearFrom() != null && yearTo != null && (yearTo < data.yearFrom() || yearTo > 2100)) {
            problems.add("yearTo", "registers.it-plan.year-order");
        }
        BigDecimal[] total = new BigDecimal[1];
        problems.check(() -> total[0] = Money.vnd("totalBudget", data.totalBudget(), true));
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < data.lines().size(); i++) {
            var line = data.lines().get(i);
            String prefix = "lines[" + i + "].";
            problems.require(prefix + "category", line.category())
                    .maxLength(prefix + "category", line.category(), 200)
                    .maxLength(prefix + "supplier", line.supplier(), 300)
                    .require(prefix + "origin", line.origin());
            problems.check(() -> lines.add(new BudgetLine(
                    Problems.clean(line.category()),
                    Problems.clean(line.supplier()),
                    Money.vnd(prefix + "amount", line.amount(), false),
                    line.origin())));
        }
        if (data.lines().isEmpty() && data.securityBudget() != null) {
            problems.check(() -> lines.add(new BudgetLine(
                    UNSPECIFIED,
                    null,
                    Money.vnd("securityBudget", data.securityBudget(), false),
                    BudgetOrigin.DOMESTIC)));
        } else if (data.securityBudget() != null && lines.size() == data.lines().size()) {
            BigDecimal sum = lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(data.securityBudget()) != 0) {
                problems.add("securityBudget", "registers.it-plan.security-not-sum");
            }
        }
        problems.throwIfAny();
        var facts = new ItPlanFacts(data.kind(), data.name().strip(), data.yearFrom(), yearTo, total[0]);
        return new Valid(facts, lines);
    }

    /** An annual plan covers its year, a 5-year plan five years; a project says its own last year. */
    private static Integer yearTo(ItPlanData data) {
        if (data.yearFrom() == null || data.kind() == null) {
            return data.yearTo();
        }
        return switch (data.kind()) {
            case ANNUAL -> data.yearFrom();
            case FIVE_YEAR -> data.yearFrom() + 4;
            case PROJECT -> data.yearTo() == null ? data.yearFrom() : data.yearTo();
        };
    }
}
