package vn.khien.registers.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.khien.registers.BudgetOrigin;
import vn.khien.registers.ItPlanData;
import vn.khien.registers.ItPlanKind;
import vn.khien.registers.application.ItPlanView;
import vn.khien.registers.application.TypedMoney;
import vn.khien.shared.InvalidInputException;

/** The plan form: amounts typed as Vietnamese write them ("1.500.000"), a few budget lines. */
record ItPlanForm(
        String agencyCode,
        ItPlanKind kind,
        String name,
        String yearFrom,
        String yearTo,
        String totalBudget,
        List<LineForm> lines) {

    static final int LINES = 5;

    record LineForm(String category, String supplier, String amount, BudgetOrigin origin) {}

    ItPlanForm {
        lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
        while (lines.size() < LINES) {
            lines.add(new LineForm(null, null, null, BudgetOrigin.DOMESTIC));
        }
    }

    static ItPlanForm empty(String agencyCode, int year) {
        return new ItPlanForm(agencyCode, ItPlanKind.ANNUAL, null, Integer.toString(year), null, null, null);
    }

    static ItPlanForm of(ItPlanView view) {
        var plan = view.plan();
        var lines = view.lines().stream()
                .map(l -> new LineForm(l.category(), l.supplier(), l.amount().toPlainString(), l.origin()))
                .toList();
        return new ItPlanForm(
                plan.agencyCode(),
                plan.kind(),
                plan.name(),
                Integer.toString(plan.yearFrom()),
                Integer.toString(plan.yearTo()),
                plan.totalBudget().toPlainString(),
                lines);
    }

    /** The typed plan, or every unreadable amount at once. */
    ItPlanData toData() {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        Integer from = TypedValues.year(problems, "yearFrom", yearFrom);
        Integer to = TypedValues.year(problems, "yearTo", yearTo);
        BigDecimal total = read(problems, () -> TypedMoney.parse("totalBudget", totalBudget));
        List<ItPlanData.Line> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            String field = "lines[" + i + "].amount";
            parsed.add(new ItPlanData.Line(
                    line.category(),
                    line.supplier(),
                    read(problems, () -> TypedMoney.parse(field, line.amount())),
                    line.origin()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ItPlanData(agencyCode, kind, name, from, to, total, null, parsed);
    }

    private static BigDecimal read(List<InvalidInputException.FieldProblem> problems, Supplier<BigDecimal> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
