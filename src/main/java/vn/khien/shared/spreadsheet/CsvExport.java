package vn.khien.shared.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.khien.shared.ProvinceZone;

/**
 * CSV export. Comma-separated (RFC 4180, what every tool and script reads) with a UTF-8 byte-order
 * mark, which is what makes Excel show Vietnamese correctly when it opens the file. Dates are ISO
 * ({@code 2026-12-05}): Excel reads them as dates under any regional setting, where dd/MM/yyyy would
 * swap day and month on an English system. Numbers are plain ({@code 1234567.5}); text that a
 * spreadsheet program could run as a formula gets a leading apostrophe (OWASP CSV injection).
 */
final class CsvExport {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    // 123.456 would read back as the Vietnamese 123456; a trailing zero keeps it a decimal
    private static final Pattern LOOKS_GROUPED = Pattern.compile("-?[1-9]\\d{0,2}\\.\\d{3}");

    private final SheetLabels labels;

    CsvExport(SheetLabels labels) {
        this.labels = labels;
    }

    long write(
            List<String> headers, List<Map<String, String>> choices, Stream<? extends List<?>> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(headers.stream().map(SheetText::guardForCsv).toList());
            long count = 0;
            for (Iterator<? extends List<?>> it = rows.iterator(); it.hasNext(); ) {
                List<?> values = it.next();
                List<String> cells = new ArrayList<>(values.size());
                for (int i = 0; i < values.size(); i++) {
                    cells.add(format(values.get(i), i < choices.size() ? choices.get(i) : Map.of()));
                }
                printer.printRecord(cells);
                count++;
            }
            printer.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String format(Object value, Map<String, String> choices) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            String plain = d.toPlainString();
            return LOOKS_GROUPED.matcher(plain).matches() ? plain + "0" : plain;
        }
        if (value instanceof Double || value instanceof Float) {
            return format(new BigDecimal(value.toString()), choices);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (value instanceof Instant i) {
            return DATE_TIME.format(i.atZone(ProvinceZone.get()));
        }
        if (value instanceof Boolean b) {
            return b ? labels.yes() : labels.no();
        }
        if (value instanceof Enum<?> e) {
            return choices.getOrDefault(e.name(), e.name());
        }
        return SheetText.guardForCsv(value.toString());
    }
}
