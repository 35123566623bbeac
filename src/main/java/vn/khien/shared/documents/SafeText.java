package vn.khien.shared.documents;

import java.text.Normalizer;
import java.util.function.IntPredicate;

/**
 * Text as the files can hold it. Documents carry what users typed and what alerts carried, so any
 * character may arrive: XML 1.0 forbids most control characters and lone surrogates (a DOCX with them
 * does not open), and a PDF can only show what its embedded font has glyphs for.
 */
final class SafeText {

    static final char MISSING_GLYPH = '?';

    private SafeText() {}

    /**
     * NFC (Vietnamese typed on some systems arrives as base letter + combining marks, which fonts draw
     * worse than the precomposed letters), tabs as spaces, every kind of line end as a line feed, other controls dropped.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
            } else if (codePoint == '\t' || codePoint == '\r') {
                out.append(' ');
            } else if (allowedInXml(codePoint) && !Character.isISOControl(codePoint)) {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    /** {@link #clean} text with every character the font cannot draw shown as '?'. */
    static String printable(String text, IntPredicate hasGlyph) {
        StringBuilder out = new StringBuilder();
        clean(text).codePoints().forEach(codePoint -> {
            if (codePoint == '\n' || hasGlyph.test(codePoint)) {
                out.appendCodePoint(codePoint);
            } else if (Character.getType(codePoint) != Character.FORMAT) {
                out.append(MISSING_GLYPH);
            }
        });
        return out.toString();
    }

    // XML 1.0 §2.2 Char production
    private static boolean allowedInXml(int codePoint) {
        return (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
