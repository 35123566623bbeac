package vn.khien.shared.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import vn.khien.shared.documents.AdministrativeLayout.Face;
import vn.khien.shared.documents.AdministrativeLayout.Look;

/**
 * Liberation Serif (SIL OFL 1.1, metric-compatible with Times New Roman), shipped in the jar under
 * fonts/ so that a PDF made on a machine without fonts still embeds the glyphs for Vietnamese.
 * Identity-H keeps every Unicode letter addressable and writes the ToUnicode map that lets readers
 * search and copy the text. Loaded once: a BaseFont is read-only after loading and is shared by the
 * documents rendered at the same time.
 */
final class PdfFonts {

    private static final Map<Face, String> FILES = Map.of(
            Face.REGULAR, "LiberationSerif-Regular.ttf",
            Face.BOLD, "LiberationSerif-Bold.ttf",
            Face.ITALIC, "LiberationSerif-Italic.ttf",
            Face.BOLD_ITALIC, "LiberationSerif-BoldItalic.ttf");

    private final Map<Face, BaseFont> faces = new EnumMap<>(Face.class);

    PdfFonts() {
        FILES.forEach((face, file) -> faces.put(face, load(file)));
    }

    Font font(Look look) {
        return new Font(faces.get(look.face()), look.size(), look.underline() ? Font.UNDERLINE : Font.NORMAL);
    }

    /** The text with what the faces cannot draw shown as '?'. */
    String printable(String text) {
        return SafeText.printable(
                text, codePoint -> faces.values().stream().allMatch(face -> face.charExists(codePoint)));
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the build: fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
