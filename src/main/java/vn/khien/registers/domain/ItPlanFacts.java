package vn.khien.registers.domain;

import java.math.BigDecimal;
import vn.khien.registers.ItPlanKind;

/** What a plan is: kind, name, the years it covers and its total budget in VND. */
public record ItPlanFacts(ItPlanKind kind, String name, int yearFrom, int yearTo, BigDecimal totalBudget) {}
