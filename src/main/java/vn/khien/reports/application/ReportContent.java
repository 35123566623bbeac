package vn.khien.reports.application;

import java.util.List;
import vn.khien.shared.documents.DocumentBlock;

/**
 * What a report says, drafted from the data as of its cut-off date: the body's sections (headings,
 * paragraphs, tables) and the appendix tables, which the DOCX and PDF print after the body and the XLSX
 * holds one sheet each.
 */
public record ReportContent(List<DocumentBlock> body, List<Appendix> appendices) {

    public ReportContent {
        body = List.copyOf(body);
        appendices = List.copyOf(appendices);
    }

    /** An appendix: its title ("Phụ lục 1. Hệ thống thông tin theo cấp độ") and its table. */
    public record Appendix(String title, DocumentBlock.Table table) {}
}
