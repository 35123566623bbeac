package vn.khien.systems.application;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.khien.identity.Role;

/**
 * Who appraises and approves a dossier, by proposed level ({@code khien.systems.dossier.levels.<n>}).
 * Configuration, not code: the authorities change with the law (DESIGN.md §2, "the regime is
 * changing"). A role that is not province-wide acts only for the owner's agencies.
 */
@ConfigurationProperties("khien.systems.dossier")
public record DossierRules(Map<Integer, LevelRule> levels) {

    public DossierRules {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }

    LevelRule forLevel(int level) {
        return levels.getOrDefault(level, LevelRule.NOBODY);
    }

    /** The roles that appraise and approve a level, and who the approving authority is in words. */
    public record LevelRule(List<Role> appraisers, List<Role> approvers, String authority) {

        static final LevelRule NOBODY = new LevelRule(List.of(), List.of(), "");

        public LevelRule {
            appraisers = appraisers == null ? List.of() : List.copyOf(appraisers);
            approvers = approvers == null ? List.of() : List.copyOf(approvers);
            authority = authority == null ? "" : authority;
        }
    }
}
