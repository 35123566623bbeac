package vn.khien.compliance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A versioned set of rules with the period it applies to. A successor pack takes over from a date by
 * naming an {@code appliesFrom} after this pack's {@code appliesTo}; rules are not code, so adding
 * one needs no release while the rule kinds suffice.
 */
public record PolicyPack(
        String code,
        int version,
        Text title,
        String document,
        LocalDate appliesFrom,
        LocalDate appliesTo,
        List<RuleDefinition> rules,
        PackScope scope) {

    public PolicyPack {
        rules = List.copyOf(rules);
        scope = scope == null ? PackScope.NONE : scope;
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(appliesFrom) && (appliesTo == null || !day.isAfter(appliesTo));
    }

    public Optional<RuleDefinition> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
