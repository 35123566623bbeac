package vn.khien.reports.application;

import java.time.LocalDate;
import vn.khien.reports.domain.Narrative;

/** The narrative sections as the officer writes them, and the cut-off date (unchanged when null). */
public record WriteNarrative(String situation, String difficulties, String proposals, LocalDate cutOff) {

    Narrative narrative() {
        return new Narrative(situation, difficulties, proposals);
    }
}
