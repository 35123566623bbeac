package vn.khien.registers.application;

import java.math.BigDecimal;
import vn.khien.registers.ExceptionStatus;
import vn.khien.registers.ItPlanKind;

/**
 * One plan in a list, with its security share computed exactly: {@code reachesThreshold} compares
 * amounts, {@code sharePercent} is for display only (2 decimals, rounded down).
 */
public record ItPlanRow(
        long id,
        String agencyCode,
        String agencyName,
        ItPlanKind kind,
        String name,
        int yearFrom,
        int yearTo,
        BigDecimal totalBudget,
        BigDecimal securityBudget,
        BigDecimal sharePercent,
        boolean reachesThreshold,
        ExceptionStatus exceptionStatus) {}
