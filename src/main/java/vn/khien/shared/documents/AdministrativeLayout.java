package vn.khien.shared.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layout's fixed words, sizes and geometry (Decree 30/2020/NĐ-CP, Appendix I), shared by the DOCX
 * and PDF renderers so that both files look alike.
 */
final class AdministrativeLayout {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String ADDRESSED_TO = "Kính gửi:";
    static final String DISTRIBUTION = "Nơi nhận:";
    static final String DOTS = "..........";

    // A4 with the margins of Appendix I §I.3: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm
    static final float PAGE_WIDTH_MM = 210;
    static final float PAGE_HEIGHT_MM = 297;
    static final float MARGIN_TOP_MM = 20;
    static final float MARGIN_BOTTOM_MM = 20;
    static final float MARGIN_LEFT_MM = 30;
    static final float MARGIN_RIGHT_MM = 15;
    static final float TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;
    static final float FIRST_LINE_INDENT_MM = 12.7f;

    /** Share of the text width the header's and footer's left column takes. */
    static final int LEFT_COLUMN_PERCENT = 40;

    static final Look PARENT_AUTHORITY = new Look(13, Face.REGULAR);
    static final Look ISSUER = new Look(13, Face.BOLD);
    static final Look NUMBER = new Look(13, Face.REGULAR);
    static final Look NATIONAL = new Look(12, Face.BOLD);
    static final Look MOTTO_LOOK = new Look(13, Face.BOLD, true);
    static final Look DATE_LINE = new Look(13, Face.ITALIC);
    static final Look TITLE = new Look(14, Face.BOLD);
    static final Look BODY = new Look(13, Face.REGULAR);
    static final Look HEADING = new Look(13, Face.BOLD);
    static final Look TABLE_HEADER = new Look(12, Face.BOLD);
    static final Look TABLE_CELL = new Look(12, Face.REGULAR);
    static final Look DISTRIBUTION_LABEL = new Look(12, Face.BOLD_ITALIC);
    static final Look DISTRIBUTION_LINE = new Look(11, Face.REGULAR);
    static final Look SIGNER = new Look(13, Face.BOLD);

    /** Blank lines left between the signer's position and name for the signature and seal. */
    static final int SIGNATURE_SPACE_LINES = 4;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private AdministrativeLayout() {}

    enum Face {
        REGULAR,
        BOLD,
        ITALIC,
        BOLD_ITALIC
    }

    record Look(int size, Face face, boolean underline) {
        Look(int size, Face face) {
            this(size, face, false);
        }

        boolean bold() {
            return face == Face.BOLD || face == Face.BOLD_ITALIC;
        }

        boolean italic() {
            return face == Face.ITALIC || face == Face.BOLD_ITALIC;
        }
    }

    static String upper(String text) {
        return SafeText.clean(text).toUpperCase(VIETNAMESE);
    }

    static String numberLine(String number) {
        String clean = SafeText.clean(number).strip();
        return "Số: " + (clean.isEmpty() ? DOTS + "/" + DOTS : clean);
    }

    /**
     * The place and date line, such as {@code Huế, ngày 05 tháng 12 năm 2026}. Appendix I §II.5: days below 10 and the months 1 and 2 take a
     * leading zero (so "tháng 02" but "tháng 3").
     */
    static String dateLine(String place, LocalDate date) {
        String where = SafeText.clean(place).strip();
        String prefix = (where.isEmpty() ? DOTS : where) + ", ";
        if (date == null) {
            return prefix + "ngày " + DOTS + " tháng " + DOTS + " năm " + DOTS;
        }
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return prefix + "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), month, date.getYear());
    }

    /** One addressee follows "Kính gửi:" on its line; several each take a line of their own. */
    static List<String> addresseeLines(List<String> addressees) {
        List<String> named = nonBlank(addressees);
        if (named.size() == 1) {
            return List.of(ADDRESSED_TO + " " + named.get(0));
        }
        List<String> lines = new ArrayList<>();
        if (!named.isEmpty()) {
            lines.add(ADDRESSED_TO);
            lines.addAll(listed(named));
        }
        return lines;
    }

    /** The recipients list, "- Như trên;" … "- Lưu: VT." — a dash before and ";" after each item, "." after the last. */
    static List<String> listed(List<String> items) {
        List<String> named = nonBlank(items);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            String item = named.get(i);
            String dashed = item.startsWith("-") ? item : "- " + item;
            boolean punctuated = ".;:,".indexOf(dashed.charAt(dashed.length() - 1)) >= 0;
            lines.add(punctuated ? dashed : dashed + (i == named.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    static List<String> positionLines(OfficialDocument.Signature signature) {
        return signature == null
                ? List.of()
                : upper(signature.position()).lines().toList();
    }

    private static List<String> nonBlank(List<String> items) {
        return items.stream()
                .map(SafeText::clean)
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
