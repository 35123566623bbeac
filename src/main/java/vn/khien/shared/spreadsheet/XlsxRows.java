package vn.khien.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.files.CappedInputStream;

/**
 * Streams the first worksheet of an XLSX file through SAX: memory stays flat whatever the sheet's
 * size, and a file with too many rows is stopped at the first row over the limit. Each part is read
 * through a size cap on top of POI's zip-bomb ratio check.
 */
final class XlsxRows {

    /** Uncompressed size allowed for any one part (sheet, shared strings, styles). */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;

    private XlsxRows() {}

    /**
     * Rows around the data that the reader skips without counting them against the limit: up to 20
     * title rows above the header, the header and the template's example row.
     */
    static final int ROWS_AROUND_DATA = 22;

    /** @param maxRows data rows allowed; a sheet with more rows holding values is refused unread */
    static void read(Path file, RowSink sink, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            countRows(reader, maxRows);
            ReadOnlySharedStringsTable strings = sharedStrings(reader);
            StylesTable styles = new StylesTable();
            try (InputStream in = new CappedInputStream(reader.getStylesData(), MAX_PART_BYTES)) {
                styles.readFrom(in);
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw SheetFileProblems.notSpreadsheet();
            }
            try (InputStream sheet = new CappedInputStream(sheets.next(), MAX_PART_BYTES)) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetXmlHandler(strings, styles, sink));
                xml.parse(new InputSource(sheet));
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof RowCounter.TooManyRows) {
                throw SheetFileProblems.tooManyRows(maxRows);
            }
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw SheetFileProblems.corrupted();
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw SheetFileProblems.classify(e);
        }
    }

    private static void countRows(XSSFReader reader, int maxRows)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw SheetFileProblems.notSpreadsheet();
        }
        try (InputStream sheet = new CappedInputStream(sheets.next(), MAX_PART_BYTES)) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new RowCounter(maxRows + ROWS_AROUND_DATA));
            xml.parse(new InputSource(sheet));
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(XSSFReader reader)
            throws IOException, SAXException, InvalidFormatException {
        InputStream data = reader.getSharedStringsData();
        if (data == null) {
            return new ReadOnlySharedStringsTable(InputStream.nullInputStream());
        }
        try (InputStream in = new CappedInputStream(data, MAX_PART_BYTES)) {
            return new ReadOnlySharedStringsTable(in);
        }
    }
}
