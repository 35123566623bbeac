package vn.khien.reports.application.provincial;

import java.text.Collator;
import java.util.List;
import vn.khien.shared.documents.DocumentBlock;

/**
 * One part of the consolidated report: its key numbers for the summary paragraph at the top ({@code null}
 * when it has none) and its body, which gives totals only; the rows go to the appendices.
 */
record Section(String summary, List<DocumentBlock> body) {

    Section {
        body = List.copyOf(body);
    }

    /** A table row of texts. */
    static List<String> row(String... cells) {
        return List.of(cells);
    }

    /** Vietnamese alphabetical order, for the names in the appendices. */
    static Collator names() {
        return Collator.getInstance(Vn.VI);
    }
}
