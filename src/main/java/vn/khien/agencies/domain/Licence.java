package vn.khien.agencies.domain;

import java.time.LocalDate;

/** The operating licence of a security service provider or assessment organisation. */
public record Licence(String number, LocalDate validFrom, LocalDate validUntil) {

    public static final Licence NONE = new Licence(null, null, null);

    @Override
    public String toString() {
        return number == null ? "-" : number + " (" + validFrom + " – " + validUntil + ")";
    }
}
