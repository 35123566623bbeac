package vn.khien.systems.domain;

import java.util.ArrayList;
import java.util.List;
import vn.khien.systems.SystemType;

/**
 * Which criteria the recorded facts meet and the lowest level they imply; a warning when the proposed
 * level is below it. Advice only: the approving authority decides.
 */
public record LevelSuggestion(List<LevelCriterion> criteria, int minimumLevel, Integer proposedLevel) {

    public LevelSuggestion {
        criteria = List.copyOf(criteria);
    }

    public static LevelSuggestion of(
            SystemType type,
            boolean eGovernment,
            Integer publicServiceLevel,
            Integer personalDataSubjects,
            Integer proposedLevel) {
        List<LevelCriterion> met = new ArrayList<>();
        if (personalDataSubjects != null && personalDataSubjects >= LevelCriterion.PERSONAL_DATA_THRESHOLD) {
            met.add(LevelCriterion.PERSONAL_DATA_10000);
        } else if (personalDataSubjects != null && personalDataSubjects > 0) {
            met.add(LevelCriterion.PERSONAL_DATA);
        }
        if (publicServiceLevel != null && publicServiceLevel >= 3) {
            met.add(LevelCriterion.ONLINE_SERVICE_LEVEL_3);
        } else if (publicServiceLevel != null) {
            met.add(LevelCriterion.ONLINE_SERVICE_BELOW_LEVEL_3);
        }
        if (type == SystemType.SHARED_INFRASTRUCTURE) {
            met.add(LevelCriterion.SHARED_INFRASTRUCTURE);
        }
        if (type == SystemType.INDUSTRIAL_CONTROL) {
            met.add(LevelCriterion.INDUSTRIAL_CONTROL);
        }
        if (eGovernment && type == SystemType.INTERNAL) {
            met.add(LevelCriterion.E_GOVERNMENT_INTERNAL);
        }
        if (met.isEmpty()) {
            met.add(LevelCriterion.PUBLIC_INFORMATION_ONLY);
        }
        int minimum = met.stream().mapToInt(LevelCriterion::minimumLevel).max().orElse(1);
        return new LevelSuggestion(met, minimum, proposedLevel);
    }

    /** The proposed level is lower than the facts suggest: the dossier will likely be returned. */
    public boolean proposedTooLow() {
        return proposedLevel != null && proposedLevel < minimumLevel;
    }
}
