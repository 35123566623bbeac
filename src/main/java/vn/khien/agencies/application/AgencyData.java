package vn.khien.agencies.application;

import java.time.LocalDate;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.domain.AgencyDetails;
import vn.khien.agencies.domain.Licence;

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
        LocalDate licenceValidUntil) {

    public static AgencyData of(String name, String shortName, AgencyKind kind, String parentCode) {
        return new AgencyData(name, shortName, kind, parentCode, null, null, null, null, null);
    }

    AgencyDetails toDetails() {
        return new AgencyDetails(
                blankToNull(name),
                blankToNull(shortName),
                kind,
                blankToNull(parentCode),
                blankToNull(address),
                blankToNull(website),
                new Licence(blankToNull(licenceNumber), licenceValidFrom, licenceValidUntil));
    }

    static AgencyData of(AgencyDetails d) {
        return new AgencyData(
                d.name(),
                d.shortName(),
                d.kind(),
                d.parentCode(),
                d.address(),
                d.website(),
                d.licence().number(),
                d.licence().validFrom(),
                d.licence().validUntil());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
