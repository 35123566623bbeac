package vn.khien.incidents;

import java.util.Set;
import vn.khien.agencies.AgencyKind;

/**
 * When an incident is "serious" (Decision 05/2017 Art. 9): a system of one of {@code levels} (or a
 * national-critical system when {@code nationalCritical}) suffers one of {@code effects}, and, when
 * {@code ownerUnableToCope}, its owner cannot handle it alone. Systems of owners of the
 * {@code excludedOwnerKinds} are outside the text (Decision 05/2017 Art. 1: police and military).
 */
public record SeriousIncidentTest(
        Set<Integer> levels,
        boolean nationalCritical,
        Set<String> effects,
        boolean ownerUnableToCope,
        String legalReference,
        boolean awaitingConfirmation,
        Set<String> excludedOwnerKinds) {

    public SeriousIncidentTest {
        levels = Set.copyOf(levels);
        effects = Set.copyOf(effects);
        excludedOwnerKinds = Set.copyOf(excludedOwnerKinds);
    }

    /** Whether the text covers a system owned by an agency of this kind (unknown owner: it does). */
    public boolean coversOwner(AgencyKind ownerKind) {
        return ownerKind == null || !excludedOwnerKinds.contains(ownerKind.name());
    }
}
