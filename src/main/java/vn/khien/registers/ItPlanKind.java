package vn.khien.registers;

/** IT application plans (annual, 5-year) and IT projects: each must spend ≥ 10 % on security. */
public enum ItPlanKind {
    ANNUAL,
    FIVE_YEAR,
    PROJECT
}
