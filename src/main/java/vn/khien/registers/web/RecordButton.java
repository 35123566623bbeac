package vn.khien.registers.web;

import java.util.function.Predicate;

/** Whether a register list shows its button to record a new entry. */
final class RecordButton {

    private RecordButton() {}

    /**
     * Province-wide (no agency chosen) it shows, and saving checks the agency picked on the form; on one
     * agency's list only when the user may edit that agency's registers.
     */
    static boolean shown(String agency, Predicate<String> mayEdit) {
        return agency == null || agency.isBlank() || mayEdit.test(agency);
    }
}
