package vn.khien.incidents;

import java.util.Set;

/**
 * When an incident is "serious" (Decision 05/2017 Art. 9): a system of one of {@code levels} (or a
 * national-critical system when {@code nationalCritical}) suffers one of {@code effects}, and, when
 * {@code ownerUnableToCope}, its owner cannot handle it alone.
 */
public record SeriousIncidentTest(
        Set<Integer> levels,
        boolean nationalCritical,
        Set<String> effects,
        boolean ownerUnableToCope,
        String legalReference,
        boolean awaitingConfirmation) {

    public SeriousIncidentTest {
        levels = Set.copyOf(levels);
        effects = Set.copyOf(effects);
    }
}
