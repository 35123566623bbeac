package vn.khien.reports.application.provincial;

import java.util.ArrayList;
import java.util.List;
import vn.khien.reports.application.ReportContent;
import vn.khien.shared.documents.DocumentBlock;

/** Numbers the appendices in the order the sections add them, so the body can refer to "Phụ lục 2". */
final class Appendices {

    private final List<ReportContent.Appendix> added = new ArrayList<>();

    /** Adds an appendix and returns its reference for the body, e.g. "Phụ lục 2". */
    String add(String title, List<String> header, List<List<String>> rows) {
        String reference = "Phụ lục " + (added.size() + 1);
        List<List<String>> shown = rows.isEmpty() ? List.of(emptyRow(header.size())) : rows;
        added.add(new ReportContent.Appendix(reference + ". " + title, new DocumentBlock.Table(header, shown)));
        return reference;
    }

    List<ReportContent.Appendix> all() {
        return List.copyOf(added);
    }

    private static List<String> emptyRow(int columns) {
        List<String> row = new ArrayList<>();
        row.add("");
        row.add("Không có");
        while (row.size() < columns) {
            row.add("");
        }
        return row;
    }
}
