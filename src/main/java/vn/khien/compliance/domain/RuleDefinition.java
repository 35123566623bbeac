package vn.khien.compliance.domain;

import java.util.List;
import vn.khien.compliance.SubjectType;

/**
 * One rule of a pack: an instance of a rule kind with its parameters and legal source, its strength
 * (a duty or a recommendation) and the provincial settings its parameters may take (set ones are
 * among {@code params}).
 */
public record RuleDefinition(
        String id,
        String kind,
        SubjectType subject,
        Text title,
        LegalReference legal,
        RuleParameters params,
        Strength strength,
        List<ProvincialSetting> provincialSettings) {

    public RuleDefinition {
        strength = strength == null ? Strength.MANDATORY : strength;
        provincialSettings = provincialSettings == null ? List.of() : List.copyOf(provincialSettings);
    }

    public boolean recommended() {
        return strength == Strength.RECOMMENDED;
    }
}
