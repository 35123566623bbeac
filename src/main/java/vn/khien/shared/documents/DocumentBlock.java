package vn.khien.shared.documents;

import java.util.List;

/** A part of an official document's body, rendered in order. */
public sealed interface DocumentBlock {

    /** A numbered or lettered section heading, as given: "I. THÔNG TIN CHUNG". */
    record Heading(String text) implements DocumentBlock {}

    /** A justified paragraph with a first-line indent. */
    record Paragraph(String text) implements DocumentBlock {}

    /** Label–value lines of a form ("Tên hệ thống: …"); a blank value leaves a dotted line to fill. */
    record Fields(List<Field> fields) implements DocumentBlock {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    record Field(String label, String value) {}

    /** A table with a header row; every row has as many cells as the header. */
    record Table(List<String> header, List<List<String>> rows) implements DocumentBlock {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
