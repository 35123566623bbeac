package vn.khien.agencies.domain;

import java.time.LocalDate;
import vn.khien.agencies.MandateKind;

/**
 * An organisation's standing to assess without a licence (Decree 85/2016 Art. 20.2.c): a public
 * service function or a designation, with the document that gives it and, when limited, its validity.
 */
public record Mandate(MandateKind kind, String reference, LocalDate validFrom, LocalDate validUntil) {

    public static final Mandate NONE = new Mandate(null, null, null, null);

    @Override
    public String toString() {
        return kind == null ? "-" : kind + " " + reference + " (" + validFrom + " – " + validUntil + ")";
    }
}
