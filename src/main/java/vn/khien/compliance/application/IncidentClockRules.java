package vn.khien.compliance.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.khien.compliance.domain.RuleDefinition;
import vn.khien.compliance.domain.RuleParameters;
import vn.khien.compliance.evaluation.ActiveRule;
import vn.khien.incidents.IncidentClockPolicy;
import vn.khien.incidents.IncidentClockRule;
import vn.khien.incidents.SeriousIncidentTest;
import vn.khien.shared.ProvinceZone;

/**
 * Reads the incident clocks and the serious-incident test from the packs in force on the day of
 * detection: the compliance side of the port incidents declares, so the dependency runs compliance →
 * incidents only.
 */
@Component
class IncidentClockRules implements IncidentClockPolicy {

    static final String KIND = "incident-clock";

    private final PackCatalogue catalogue;

    IncidentClockRules(PackCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<IncidentClockRule> clocksFor(Instant detectedAt) {
        return rules(detectedAt).stream().map(IncidentClockRules::clock).toList();
    }

    @Override
    public Optional<SeriousIncidentTest> seriousTestFor(Instant detectedAt) {
        return rules(detectedAt).stream()
                .filter(r -> r.params().values().containsKey("seriousEffects"))
                .findFirst()
                .map(r -> new SeriousIncidentTest(
                        new HashSet<>(r.params().integers("seriousLevels")),
                        flag(r.params(), "seriousNationalCritical"),
                        new HashSet<>(r.params().texts("seriousEffects")),
                        flag(r.params(), "seriousNeedsOwnerUnableToCope"),
                        legal(r),
                        flag(r.params(), "awaitingConfirmation"),
                        new HashSet<>(r.params().texts("excludeOwnerKinds"))));
    }

    private List<RuleDefinition> rules(Instant detectedAt) {
        LocalDate day = detectedAt.atZone(ProvinceZone.get()).toLocalDate();
        return catalogue.rulesOn(day).stream()
                .map(ActiveRule::rule)
                .filter(r -> r.kind().equals(KIND))
                .toList();
    }

    private static IncidentClockRule clock(RuleDefinition rule) {
        RuleParameters p = rule.params();
        return new IncidentClockRule(
                rule.id(),
                rule.title().vi(),
                rule.title().en() == null ? rule.title().vi() : rule.title().en(),
                IncidentClockRule.ClockStart.valueOf(p.text("start")),
                Duration.ofHours(p.integer("hours")),
                p.values().containsKey("beyondCapacityHours")
                        ? Duration.ofHours(p.integer("beyondCapacityHours"))
                        : null,
                flag(p, "seriousOnly"),
                legal(rule),
                flag(p, "awaitingConfirmation"),
                // the pack's scope (Decision 05/2017 Art. 1: no police or military systems), copied onto its rules
                new HashSet<>(p.texts("excludeOwnerKinds")));
    }

    private static boolean flag(RuleParameters params, String name) {
        return params.text(name, "false").equals("true");
    }

    private static String legal(RuleDefinition rule) {
        return rule.legal().document() + ", " + rule.legal().article();
    }
}
