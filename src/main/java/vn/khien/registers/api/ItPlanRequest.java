package vn.khien.registers.api;

import java.math.BigDecimal;
import java.util.List;
import vn.khien.registers.ItPlanData;
import vn.khien.registers.ItPlanKind;

/**
 * DESIGN.md §8: {@code {agencyCode, year, kind, name, totalBudget, securityBudget}} with amounts in VND
 * as decimal strings or integers; {@code lines} and {@code yearTo} (projects) are optional.
 */
record ItPlanRequest(
        String agencyCode,
        Integer year,
        Integer yearTo,
        ItPlanKind kind,
        String name,
        BigDecimal totalBudget,
        BigDecimal securityBudget,
        List<ItPlanData.Line> lines) {

    ItPlanData toData(String agency) {
        return new ItPlanData(agency, kind, name, year, yearTo, totalBudget, securityBudget, lines);
    }
}
