package vn.khien.registers;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan as entered in a form or the API. {@code securityBudget} without lines records one line of
 * category "unspecified" (the API's short form, DESIGN.md §8); with lines it must equal their sum.
 */
public record ItPlanData(
        String agencyCode,
        ItPlanKind kind,
        String name,
        Integer yearFrom,
        Integer yearTo,
        BigDecimal totalBudget,
        BigDecimal securityBudget,
        List<Line> lines) {

    public ItPlanData {
        lines = lines == null
                ? List.of()
                : lines.stream().filter(l -> l != null && !l.isEmpty()).toList();
    }

    public record Line(String category, String supplier, BigDecimal amount, BudgetOrigin origin) {
        boolean isEmpty() {
            return (category == null || category.isBlank()) && amount == null;
        }
    }
}
