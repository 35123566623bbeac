package vn.khien.registers.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.khien.registers.BudgetOrigin;

/** One plan with its lines and exception, and what the viewer may do with it. */
public record ItPlanView(
        ItPlanRow plan,
        List<Line> lines,
        String exceptionReason,
        String exceptionEvidence,
        List<EvidenceFile> exceptionFiles,
        LocalDate exceptionDecidedOn,
        String exceptionDecision,
        boolean mayEdit,
        boolean mayDecide) {

    public record Line(String category, String supplier, BigDecimal amount, BudgetOrigin origin) {}
}
