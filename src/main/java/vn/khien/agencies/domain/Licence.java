package vn.khien.agencies.domain;

import java.time.LocalDate;
import vn.khien.agencies.LicenceKind;

/**
 * The business licence of a security service provider or assessment organisation (Law 86/2015 Art.
 * 40.2, 41): which service it covers, who issued it, and its validity (both days inclusive).
 */
public record Licence(String number, LicenceKind kind, String issuer, LocalDate validFrom, LocalDate validUntil) {

    public static final Licence NONE = new Licence(null, null, null, null, null);

    @Override
    public String toString() {
        return number == null
                ? "-"
                : number + " " + kind + " " + (issuer == null ? "" : issuer + " ") + "(" + validFrom + " – "
                        + validUntil + ")";
    }
}
