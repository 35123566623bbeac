package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.khien.compliance.ObligationStatus;

/**
 * The agency's head on an obligation's due date, named where the obligation was not kept on time: the
 * head answers to the provincial Chairman for the agency's network security (seed letter 5620/UBND-CT,
 * Mục 1 ý 2) and directs it in person (Decree 85/2016 Art. 20 cl. 1 a). {@code text} is what a reader
 * sees: the name and title, or "no head recorded" in the reader's language — never blank.
 */
public record AccountableHeadView(LocalDate onDate, boolean recorded, String personName, String position, String text) {

    /** Not kept on time: done late, violated, or past its due date and still open. */
    public static final Set<ObligationStatus> NAMED_FOR =
            EnumSet.of(ObligationStatus.LATE, ObligationStatus.VIOLATED, ObligationStatus.OVERDUE);
}
