package vn.khien.compliance.domain;

/**
 * Whether a rule is a duty or a recommendation. The text decides: "ưu tiên" (prefer) is a
 * recommendation, so the rule is never violated — it is "not followed" (NOT_FOLLOWED) and counted apart.
 */
public enum Strength {
    MANDATORY,
    RECOMMENDED
}
