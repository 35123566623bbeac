package vn.khien.shared.spreadsheet;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A first, cheap pass over a worksheet that counts the rows holding any value and stops at the first
 * one over the limit. It runs before the shared strings are loaded: those hold every distinct text
 * of the file at once, so a sheet of 300,000 rows took 2.4 GB and 35 s before the row limit was
 * ever reached. Only the sheet's XML is scanned here, in constant memory.
 */
final class RowCounter extends DefaultHandler {

    private final int limit;
    private int rows;
    private boolean inValue;
    private boolean rowHasValue;

    RowCounter(int limit) {
        this.limit = limit;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> rowHasValue = false;
            case "v", "t" -> inValue = true;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue && !rowHasValue) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    rowHasValue = true;
                    return;
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "row" -> {
                if (rowHasValue && ++rows > limit) {
                    throw new SAXException(new TooManyRows());
                }
            }
            default -> {}
        }
    }

    /** The sheet has more rows with values than the import could accept. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super("too many rows", null, false, false);
        }
    }
}
