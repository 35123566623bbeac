package vn.khien.shared.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A document in the Vietnamese administrative layout (Decree 30/2020/NĐ-CP): the issuing body and
 * number on the left and the national motto on the right of the header, place and date, the kind and
 * summary as title, the addressees, the body, then the distribution list on the left and the
 * signature on the right. Modules build one from their data; {@link OfficialDocuments} renders it as
 * DOCX and PDF. Texts are given as they must appear (the layout's fixed words are the renderer's).
 *
 * @param parentAuthority the governing body above the issuer, e.g. "UBND TỈNH …", or {@code null}
 * @param issuer the issuing organisation's name
 * @param number the document number and symbol after "Số:", e.g. "12/BC-STTTT"; blank leaves dots
 * @param place the place before the date, e.g. "Huế"
 * @param kind the kind in capitals, e.g. "BÁO CÁO"
 * @param summary the summary line under the kind (trích yếu), or {@code null}
 * @param addressees the "Kính gửi" recipients, possibly empty: one follows "Kính gửi:" on its line,
 *     several are listed under it like the distribution
 * @param distribution the "Nơi nhận" items, possibly empty, e.g. "Như trên", "Lưu: VT, CNTT": the
 *     renderer puts "- " before and ";" after each ("." after the last) unless the item has them
 * @param appendices tables printed after the signature, each from a new page under its title (phụ lục),
 *     possibly empty
 */
public record OfficialDocument(
        String parentAuthority,
        String issuer,
        String number,
        String place,
        LocalDate date,
        String kind,
        String summary,
        List<String> addressees,
        List<DocumentBlock> body,
        Signature signature,
        List<String> distribution,
        List<Appendix> appendices) {

    public OfficialDocument {
        addressees = List.copyOf(addressees);
        body = List.copyOf(body);
        distribution = List.copyOf(distribution);
        appendices = List.copyOf(appendices);
    }

    /** A document without appendices. */
    public OfficialDocument(
            String parentAuthority,
            String issuer,
            String number,
            String place,
            LocalDate date,
            String kind,
            String summary,
            List<String> addressees,
            List<DocumentBlock> body,
            Signature signature,
            List<String> distribution) {
        this(
                parentAuthority,
                issuer,
                number,
                place,
                date,
                kind,
                summary,
                addressees,
                body,
                signature,
                distribution,
                List.of());
    }

    /** An appendix after the signature: its title ("Phụ lục 1. …") and its table. */
    public record Appendix(String title, DocumentBlock.Table table) {}

    /**
     * Who signs: the position ("GIÁM ĐỐC", "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC" on two lines, put in capitals by the
     * renderer) and the name, if known. A {@code null} signature leaves the signature column empty.
     */
    public record Signature(String position, String name) {}
}
