package vn.khien.registers.domain;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.registers.BudgetOrigin;

/** A security product or service line of a plan's budget. */
@Table(schema = "registers", name = "budget_line")
public record BudgetLine(String category, String supplier, BigDecimal amount, BudgetOrigin origin) {}
