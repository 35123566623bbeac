package vn.khien.compliance.evaluation;

import java.util.Set;

/** Which subjects (agency and system codes) to evaluate: all of them, or the ones whose facts changed. */
public record Subjects(boolean all, Set<String> codes) {

    public static final Subjects ALL = new Subjects(true, Set.of());

    public Subjects {
        codes = Set.copyOf(codes);
    }

    public static Subjects of(Set<String> codes) {
        return new Subjects(false, codes);
    }
}
