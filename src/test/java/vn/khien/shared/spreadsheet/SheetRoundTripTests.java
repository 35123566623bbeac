package vn.khien.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.time.api.Dates;
import vn.khien.shared.InvalidInputException;

/**
 * Export and import agree for any text and any date, and the reader never fails with anything but a
 * refusal of the file. Text comes back as the reader documents: trimmed and in composed (NFC) form.
 */
class SheetRoundTripTests {

    private static final SheetLayout LAYOUT = SheetLayout.of(
            "test.sheet", SheetColumn.text("code", "test.code"), SheetColumn.date("founded", "test.founded"));
    private static final List<String> HEADERS = List.of("Mã cơ quan", "Ngày thành lập");

    private final SheetExport export = new SheetExport(Sheets.MESSAGES);
    private final SheetReader reader = Sheets.reader();

    @Property(tries = 60)
    void anyTextAndDateRoundTripsThroughCsv(@ForAll("texts") String text, @ForAll("dates") LocalDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(HEADERS, Stream.of(List.of(text, date)), out);
        assertRoundTrip(out.toByteArray(), text, date);
    }

    @Property(tries = 30)
    void anyTextAndDateRoundTripsThroughXlsx(@ForAll("xmlTexts") String text, @ForAll("dates") LocalDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.xlsx("Dữ liệu", HEADERS, Stream.of(List.of(text, date)), out);
        assertRoundTrip(out.toByteArray(), text, date);
    }

    @Property(tries = 200)
    void arbitraryBytesAreReadOrRefusedButNeverCrashTheReader(@ForAll @Size(max = 2000) byte[] bytes) {
        try {
            reader.read(new ByteArrayInputStream(bytes), LAYOUT, 10);
        } catch (InvalidInputException expected) {
            assertThat(expected.problems())
                    .allSatisfy(p -> assertThat(p.field()).isEqualTo("file"));
        }
    }

    private void assertRoundTrip(byte[] file, String text, LocalDate date) {
        ParsedSheet sheet = reader.read(new ByteArrayInputStream(file), LAYOUT, 10);
        String expected = SheetText.clean(text);
        if (expected == null) {
            assertThat(sheet.rows())
                    .singleElement()
                    .satisfies(r -> assertThat(r.text("code")).isNull());
            return;
        }
        SheetRow row = sheet.rows().get(0);
        assertThat(row.text("code")).isEqualTo(expected);
        assertThat(row.date("founded")).isEqualTo(date);
    }

    /** Any text UTF-8 can hold (no lone surrogates); NUL is no text. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withCharRange('\u0001', '\uD7FF')
                .withCharRange('\uE000', '\uFFFD')
                .ofMaxLength(40);
    }

    /** What an XLSX cell can hold: XML 1.0 characters (a bare CR is read back as LF by XML itself). */
    @Provide
    Arbitrary<String> xmlTexts() {
        return Arbitraries.strings()
                .withChars('\t', '\n')
                .withCharRange(' ', '\uD7FF')
                .withCharRange('\uE000', '\uFFFD')
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1900, 3, 1), LocalDate.of(2199, 12, 31));
    }
}
