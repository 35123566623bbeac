package vn.khien.registers;

/** Directive 14/CT-TTg prefers domestic security products and services. */
public enum BudgetOrigin {
    DOMESTIC,
    FOREIGN
}
