package vn.khien.agencies;

import java.time.LocalDate;
import vn.khien.agencies.domain.AgencyDetails;
import vn.khien.agencies.domain.Licence;
import vn.khien.agencies.domain.Mandate;

/** An agency's details as entered in a form, an API request or a spreadsheet row. */
public record AgencyData(
        String name,
        String shortName,
        AgencyKind kind,
        String parentCode,
        String address,
        String website,
        String licenceNumber,
        LocalDate licenceValidFrom,
        LocalDate licenceValidUntil,
        Credentials credentials) {

    /** The licence's kind and issuer and the mandate to assess; the spreadsheets do not carry them. */
    public record Credentials(
            LicenceKind licenceKind,
            String licenceIssuer,
            MandateKind mandateKind,
            String mandateReference,
            LocalDate mandateValidFrom,
            LocalDate mandateValidUntil) {

        public static final Credentials NONE = new Credentials(null, null, null, null, null, null);
    }

    /** The details the registry keeps (used inside the agencies module). */
    public AgencyDetails toDetails() {
        Credentials c = credentials == null ? Credentials.NONE : credentials;
        return new AgencyDetails(
                blankToNull(name),
                blankToNull(shortName),
                kind,
                blankToNull(parentCode),
                blankToNull(address),
                blankToNull(website),
                new Licence(
                        blankToNull(licenceNumber),
                        c.licenceKind(),
                        blankToNull(c.licenceIssuer()),
                        licenceValidFrom,
                        licenceValidUntil),
                c.mandateKind() == null
                        ? Mandate.NONE
                        : new Mandate(
                                c.mandateKind(),
                                blankToNull(c.mandateReference()),
                                c.mandateValidFrom(),
                                c.mandateValidUntil()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
