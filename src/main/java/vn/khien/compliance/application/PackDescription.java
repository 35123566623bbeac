package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.List;
import vn.khien.compliance.domain.LegalReference;
import vn.khien.compliance.domain.PolicyPack;
import vn.khien.compliance.domain.RuleDefinition;
import vn.khien.compliance.domain.Text;

/**
 * A pack version as integrators read it (GET /api/v1/packs/{code}): every rule with its citation,
 * verified flag, actor, strength and provincial settings, and the pack's scope.
 */
public record PackDescription(
        String code,
        int version,
        Localized title,
        String document,
        LocalDate appliesFrom,
        LocalDate appliesTo,
        Scope scope,
        List<Rule> rules) {

    /** Owner kinds the pack's texts leave out, with the legal basis. */
    public record Scope(List<String> excludeOwnerKinds, Localized basis) {}

    public record Localized(String vi, String en) {

        static Localized of(Text text) {
            return text == null ? null : new Localized(text.vi(), text.en());
        }
    }

    public record Legal(String document, String article, Localized paraphrase, boolean verified, Localized actor) {

        static Legal of(LegalReference legal) {
            return new Legal(
                    legal.document(),
                    legal.article(),
                    Localized.of(legal.paraphrase()),
                    legal.verified(),
                    Localized.of(legal.actor()));
        }
    }

    /**
     * A number the province may set as its own policy; {@code value} null while not set; {@code
     * requiredToEvaluate}: the rule is "not evaluated" until it is set.
     */
    public record Setting(String name, String value, boolean provincialPolicy, boolean requiredToEvaluate) {}

    public record Rule(
            String id,
            String kind,
            String subjectType,
            Localized title,
            Legal legal,
            String strength,
            List<Setting> provincialSettings,
            List<String> refines) {

        static Rule of(RuleDefinition rule) {
            return new Rule(
                    rule.id(),
                    rule.kind(),
                    rule.subject().name(),
                    Localized.of(rule.title()),
                    Legal.of(rule.legal()),
                    rule.strength().name(),
                    rule.provincialSettings().stream()
                            .map(p -> new Setting(p.name(), p.set() ? p.value() : null, true, p.required()))
                            .toList(),
                    rule.refines());
        }
    }

    /** A line of the list of packs. */
    public record Summary(
            String code, int version, Localized title, LocalDate appliesFrom, LocalDate appliesTo, int rules) {}

    public static PackDescription of(PolicyPack pack) {
        return new PackDescription(
                pack.code(),
                pack.version(),
                Localized.of(pack.title()),
                pack.document(),
                pack.appliesFrom(),
                pack.appliesTo(),
                new Scope(
                        pack.scope().excludeOwnerKinds(),
                        Localized.of(pack.scope().basis())),
                pack.rules().stream().map(Rule::of).toList());
    }

    public static Summary summary(PolicyPack pack) {
        return new Summary(
                pack.code(),
                pack.version(),
                Localized.of(pack.title()),
                pack.appliesFrom(),
                pack.appliesTo(),
                pack.rules().size());
    }
}
