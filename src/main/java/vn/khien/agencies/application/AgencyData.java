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

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
