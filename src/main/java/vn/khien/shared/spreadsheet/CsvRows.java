package vn.khien.shared.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV the way Excel users produce it: UTF-8 with or without a byte-order mark, separated by
 * commas or (Excel with a Vietnamese or European locale) semicolons, detected from the header line.
 * Legacy encodings (TCVN3, Windows-1258) are refused rather than guessed: a wrong guess corrupts names.
 */
final class CsvRows {

    private CsvRows() {}

    static void read(byte[] bytes, RowSink sink) {
        String text = decode(bytes);
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<RawCell> cells = new ArrayList<>(record.size());
                for (int i = 0; i < Math.min(record.size(), SheetXmlHandler.MAX_COLUMNS); i++) {
                    cells.add(RawCell.text(SheetText.unguardCsv(record.get(i))));
                }
                sink.accept((int) record.getRecordNumber(), cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw SheetFileProblems.corrupted();
        }
    }

    static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            String text = chars.toString();
            if (text.indexOf('\0') >= 0) {
                throw SheetFileProblems.notSpreadsheet(); // binary content with a text-like start
            }
            return text;
        } catch (CharacterCodingException e) {
            throw SheetFileProblems.notUtf8();
        }
    }

    /** The separator that occurs most outside quotes in the first line; comma when none does. */
    static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
