package vn.khien.reports.application;

import java.util.ArrayList;
import java.util.List;
import vn.khien.shared.documents.DocumentBlock;

/**
 * The drafted data of a report as the page previews it: each block flattened to what a template shows
 * (a heading, a paragraph, label–value lines, or a table), then the appendix tables.
 */
public record ReportPreview(List<Block> body, List<Block> appendices) {

    /** @param kind {@code heading}, {@code paragraph}, {@code fields} or {@code table} */
    public record Block(
            String kind, String text, List<DocumentBlock.Field> fields, List<String> header, List<List<String>> rows) {}

    static ReportPreview of(ReportContent content) {
        List<Block> body = new ArrayList<>();
        content.body().forEach(b -> body.add(block(b)));
        List<Block> appendices = new ArrayList<>();
        content.appendices()
                .forEach(a -> appendices.add(new Block(
                        "table",
                        a.title(),
                        List.of(),
                        a.table().header(),
                        a.table().rows())));
        return new ReportPreview(body, appendices);
    }

    private static Block block(DocumentBlock block) {
        if (block instanceof DocumentBlock.Heading heading) {
            return new Block("heading", heading.text(), List.of(), List.of(), List.of());
        }
        if (block instanceof DocumentBlock.Paragraph paragraph) {
            return new Block("paragraph", paragraph.text(), List.of(), List.of(), List.of());
        }
        if (block instanceof DocumentBlock.Fields fields) {
            return new Block("fields", null, fields.fields(), List.of(), List.of());
        }
        DocumentBlock.Table table = (DocumentBlock.Table) block;
        return new Block("table", null, List.of(), table.header(), table.rows());
    }
}
