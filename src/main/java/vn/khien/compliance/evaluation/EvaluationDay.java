package vn.khien.compliance.evaluation;

import java.time.LocalDate;

/**
 * The day obligations are evaluated for, how many days before a due date counts as "due soon", and
 * the day the rule's pack started to apply (nothing is owed for time before it).
 */
public record EvaluationDay(LocalDate asOf, int soonDays, LocalDate packAppliesFrom) {}
