package vn.khien.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static vn.khien.support.Generators.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.khien.shared.InvalidInputException;
import vn.khien.support.Generators;

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

    @Test
    void anyTextAndDateRoundTripsThroughCsv() {
        cases(60).forAll(texts(), dates()).checkAssert((text, date) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.csv(HEADERS, Stream.of(List.of(text, date)), out);
            assertRoundTrip(out.toByteArray(), text, date);
        });
    }

    @Test
    void anyTextAndDateRoundTripsThroughXlsx() {
        cases(30).forAll(xmlTexts(), dates()).checkAssert((text, date) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.xlsx("Dữ liệu", HEADERS, Stream.of(List.of(text, date)), out);
            assertRoundTrip(out.toByteArray(), text, date);
        });
    }

    @Test
    void arbitraryBytesAreReadOrRefusedButNeverCrashTheReader() {
        Gen<byte[]> files = Generate.byteArrays(
                integers().between(0, 2000), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
        cases(200).forAll(files).checkAssert(bytes -> {
            try {
                reader.read(new ByteArrayInputStream(bytes), LAYOUT, 10);
            } catch (InvalidInputException expected) {
                assertThat(expected.problems())
                        .allSatisfy(p -> assertThat(p.field()).isEqualTo("file"));
            }
        });
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
    private static Gen<String> texts() {
        return Generators.texts(
                Generate.oneOf(integers().between(0x0001, 0xD7FF), integers().between(0xE000, 0xFFFD)), 0, 40);
    }

    /** What an XLSX cell can hold: XML 1.0 characters (a bare CR is read back as LF by XML itself). */
    private static Gen<String> xmlTexts() {
        return Generators.texts(
                Generate.oneOf(
                        Generate.pick(List.of((int) '\t', (int) '\n')),
                        integers().between(' ', 0xD7FF),
                        integers().between(0xE000, 0xFFFD)),
                0,
                40);
    }

    private static Gen<LocalDate> dates() {
        LocalDate first = LocalDate.of(1900, 3, 1);
        int days = (int) ChronoUnit.DAYS.between(first, LocalDate.of(2199, 12, 31));
        return integers().between(0, days).map(first::plusDays);
    }
}
