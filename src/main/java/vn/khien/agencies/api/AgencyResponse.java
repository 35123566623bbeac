package vn.khien.agencies.api;

import java.time.LocalDate;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.LicenceKind;
import vn.khien.agencies.MandateKind;
import vn.khien.agencies.application.AgencyRow;
import vn.khien.agencies.application.AgencyView;

/** An agency in the API; list items leave out the address, website, licence, mandate and status history. */
record AgencyResponse(
        String code,
        String name,
        String shortName,
        AgencyKind kind,
        String parentCode,
        AgencyStatus status,
        String successorCode,
        LocalDate statusChangedOn,
        String address,
        String website,
        Licence licence,
        Mandate mandate) {

    record Licence(String number, LicenceKind kind, String issuer, LocalDate validFrom, LocalDate validUntil) {}

    record Mandate(MandateKind kind, String reference, LocalDate validFrom, LocalDate validUntil) {}

    static AgencyResponse of(AgencyView v) {
        return new AgencyResponse(
                v.code(),
                v.name(),
                v.shortName(),
                v.kind(),
                v.parentCode(),
                v.status(),
                v.successorCode(),
                v.statusChangedOn(),
                v.address(),
                v.website(),
                v.licenceNumber() == null
                        ? null
                        : new Licence(
                                v.licenceNumber(),
                                v.licenceKind(),
                                v.licenceIssuer(),
                                v.licenceValidFrom(),
                                v.licenceValidUntil()),
                v.mandateKind() == null
                        ? null
                        : new Mandate(
                                v.mandateKind(), v.mandateReference(), v.mandateValidFrom(), v.mandateValidUntil()));
    }

    static AgencyResponse of(AgencyRow r) {
        return new AgencyResponse(
                r.code(),
                r.name(),
                r.shortName(),
                r.kind(),
                r.parentCode(),
                r.status(),
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
