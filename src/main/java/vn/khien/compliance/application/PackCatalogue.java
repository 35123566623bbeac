package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.compliance.domain.PackParser;
import vn.khien.compliance.domain.PolicyPack;
import vn.khien.compliance.evaluation.ActiveRule;
import vn.khien.shared.SearchText;

/**
 * The stored versions of every pack, parsed once and kept in memory (packs are small and change
 * rarely). The version in force on a day is the latest one effective on that day; its rules apply
 * while the pack's own applicability period covers the day.
 */
@Component
public class PackCatalogue {

    /** One stored version of a pack. */
    public record StoredVersion(PolicyPack pack, LocalDate effectiveFrom, String content, String source, String note) {}

    private final JdbcClient jdbc;
    private volatile Map<String, List<StoredVersion>> versions = Map.of();

    PackCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void reload() {
        List<StoredVersion> all = jdbc.sql("SELECT code, version, effective_from, content, source, note"
                        + " FROM compliance.policy_pack ORDER BY code, version")
                .query((rs, n) -> new StoredVersion(
                        PackParser.parse(rs.getString("content"), rs.getInt("version")),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getString("content"),
                        rs.getString("source"),
                        rs.getString("note")))
                .list();
        versions = all.stream().collect(Collectors.groupingBy(v -> v.pack().code()));
    }

    /** The rules in force on the day, across all packs. */
    public List<ActiveRule> rulesOn(LocalDate day) {
        List<ActiveRule> rules = new ArrayList<>();
        for (String code : versions.keySet().stream().sorted().toList()) {
            inForce(code, day)
                    .filter(p -> p.appliesOn(day))
                    .ifPresent(pack -> pack.rules().forEach(rule -> rules.add(new ActiveRule(pack, rule))));
        }
        return ActiveRule.withoutRefined(rules);
    }

    /**
     * The rules whose obligations are evaluated for the day: those in force, and the incident clocks
     * of a pack that has ended, since an incident detected while it applied still owes its notices
     * under it (the clocks carry the rule that started them, so no later incident is counted).
     */
    public List<ActiveRule> rulesOwedOn(LocalDate day) {
        List<ActiveRule> rules = new ArrayList<>(rulesOn(day));
        for (String code : codes()) {
            inForce(code, day)
                    .filter(pack -> pack.appliesTo() != null && day.isAfter(pack.appliesTo()))
                    .ifPresent(pack -> pack.rules().stream()
                            .filter(rule -> rule.kind().equals(IncidentClockRules.KIND))
                            .forEach(rule -> rules.add(new ActiveRule(pack, rule))));
        }
        return rules;
    }

    public Optional<PolicyPack> inForce(String code, LocalDate day) {
        return versions.getOrDefault(code, List.of()).stream()
                .filter(v -> !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparingInt(v -> v.pack().version()))
                .map(StoredVersion::pack);
    }

    public List<StoredVersion> history(String code) {
        return versions.getOrDefault(code, List.of()).stream()
                .sorted(Comparator.comparingInt((StoredVersion v) -> v.pack().version())
                        .reversed())
                .toList();
    }

    /** The pack as described to integrators: the version in force on the day, or its latest. */
    public Described describe(String code, LocalDate day) {
        PolicyPack pack = inForce(code, day).orElse(history(code).get(0).pack());
        return new Described(PackDescription.of(pack), PackDescription.summary(pack));
    }

    /** A pack's full description and its line in the list. */
    public record Described(PackDescription full, PackDescription.Summary summary) {}

    public List<String> codes() {
        return versions.keySet().stream().sorted().toList();
    }

    /**
     * What records a rule's evidence, from the latest version of the pack that has it: the kind of
     * attestation it asks for, or whether an assessment of the system meets it (its cadence, its
     * independence, a yearly deadline met by an assessment).
     */
    public record Evidence(String attestationKind, boolean assessment) {}

    public Optional<Evidence> evidence(String ruleId) {
        return codes().stream()
                .flatMap(code -> history(code).stream().limit(1))
                .flatMap(latest -> latest.pack().rule(ruleId).stream())
                .findFirst()
                .map(rule -> {
                    Object attestation = rule.params().values().get("attestationKind");
                    return new Evidence(
                            attestation == null ? null : attestation.toString(),
                            rule.kind().equals("cadence")
                                    || rule.kind().equals("independence")
                                    || "assessment"
                                            .equals(rule.params().values().get("evidence")));
                });
    }

    /** The rule's title in the reader's language, from the version in force on the day. */
    public String ruleTitle(String ruleId, LocalDate day, java.util.Locale locale) {
        for (String code : codes()) {
            var rule = inForce(code, day).flatMap(p -> p.rule(ruleId));
            if (rule.isPresent()) {
                return rule.get().title().in(locale);
            }
        }
        return ruleId;
    }

    /** A rule as a picker offers it: its id (what filters take), its title and its pack's code. */
    public record RuleChoice(String id, String title, String pack) {}

    /**
     * The rules owed on the day whose id or title (in the reader's language) contains the text, accents
     * ignored; with {@code exactId}, the one rule of that id.
     */
    public List<RuleChoice> findRules(String text, boolean exactId, LocalDate day, java.util.Locale locale, int limit) {
        return rulesOwedOn(day).stream()
                .map(r -> new RuleChoice(
                        r.rule().id(), r.rule().title().in(locale), r.pack().code()))
                .filter(r -> exactId ? r.id().equals(text.strip()) : SearchText.matches(r.id() + " " + r.title(), text))
                .distinct()
                .limit(limit)
                .toList();
    }
}
