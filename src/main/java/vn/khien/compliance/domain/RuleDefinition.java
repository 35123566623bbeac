package vn.khien.compliance.domain;

import java.util.List;
import vn.khien.compliance.SubjectType;

/**
 * One rule of a pack: an instance of a rule kind with its parameters and legal source, its strength
 * (a duty or a recommendation) and the provincial settings its parameters may take (set ones are
 * among {@code params}), and the rules of other packs it refines: the same duty with a more precise
 * calendar, so the refined rule is not evaluated while this one applies (one duty, one obligation).
 */
public record RuleDefinition(
        String id,
        String kind,
        SubjectType subject,
        Text title,
        LegalReference legal,
        RuleParameters params,
        Strength strength,
        List<ProvincialSetting> provincialSettings,
        List<String> refines) {

    public RuleDefinition {
        strength = strength == null ? Strength.MANDATORY : strength;
        provincialSettings = provincialSettings == null ? List.of() : List.copyOf(provincialSettings);
        refines = refines == null ? List.of() : List.copyOf(refines);
    }

    public boolean recommended() {
        return strength == Strength.RECOMMENDED;
    }

    /** A provincial setting the rule cannot be evaluated without, while the province has not set it. */
    public java.util.Optional<ProvincialSetting> missingSetting() {
        return provincialSettings.stream().filter(s -> s.required() && !s.set()).findFirst();
    }
}
