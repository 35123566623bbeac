package vn.khien.compliance.evaluation;

import vn.khien.compliance.domain.PolicyPack;
import vn.khien.compliance.domain.RuleDefinition;

/** A rule of the pack version in force on the evaluated day. */
public record ActiveRule(PolicyPack pack, RuleDefinition rule) {

    /**
     * One duty, one obligation: drops the rules another active rule refines ({@code refines:} in its
     * pack), e.g. Decree 85's assessment cadence where the directive's calendars apply.
     */
    public static java.util.List<ActiveRule> withoutRefined(java.util.List<ActiveRule> rules) {
        java.util.Set<String> refined =
                rules.stream().flatMap(r -> r.rule().refines().stream()).collect(java.util.stream.Collectors.toSet());
        return rules.stream().filter(r -> !refined.contains(r.rule().id())).toList();
    }
}
