package vn.khien.agencies.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khien.agencies.AgencyData;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.LicenceKind;
import vn.khien.agencies.MandateKind;
import vn.khien.agencies.application.AgencyView;

/** The agency form; the registry's own rules (parent, licence, mandate) are checked by the service. */
record AgencyForm(
        @NotBlank @Size(max = 40) String code,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 100) String shortName,
        @NotNull AgencyKind kind,
        String parentCode,
        @Size(max = 500) String address,
        @Size(max = 300) String website,
        @Size(max = 100) String licenceNumber,
        LicenceKind licenceKind,
        @Size(max = 300) String licenceIssuer,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceValidFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceValidUntil,
        MandateKind mandateKind,
        @Size(max = 300) String mandateReference,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mandateValidFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mandateValidUntil) {

    static AgencyForm empty(String parentCode) {
        return new AgencyForm(
                null, null, null, null, parentCode, null, null, null, null, null, null, null, null, null, null, null);
    }

    static AgencyForm of(AgencyView view) {
        return new AgencyForm(
                view.code(),
                view.name(),
                view.shortName(),
                view.kind(),
                view.parentCode(),
                view.address(),
                view.website(),
                view.licenceNumber(),
                view.licenceKind(),
                view.licenceIssuer(),
                view.licenceValidFrom(),
                view.licenceValidUntil(),
                view.mandateKind(),
                view.mandateReference(),
                view.mandateValidFrom(),
                view.mandateValidUntil());
    }

    AgencyData toData() {
        return new AgencyData(
                name,
                shortName,
                kind,
                parentCode,
                address,
                website,
                licenceNumber,
                licenceValidFrom,
                licenceValidUntil,
                new AgencyData.Credentials(
                        licenceKind,
                        licenceIssuer,
                        mandateKind,
                        mandateReference,
                        mandateValidFrom,
                        mandateValidUntil));
    }
}
