package vn.khien.agencies.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.application.AgencyData;
import vn.khien.agencies.application.AgencyView;

/** The agency form; the registry's own rules (parent, licence period) are checked by the service. */
record AgencyForm(
        @NotBlank @Size(max = 40) String code,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 100) String shortName,
        @NotNull AgencyKind kind,
        String parentCode,
        @Size(max = 500) String address,
        @Size(max = 300) String website,
        @Size(max = 100) String licenceNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceValidFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceValidUntil) {

    static AgencyForm empty(String parentCode) {
        return new AgencyForm(null, null, null, null, parentCode, null, null, null, null, null);
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
                view.licenceValidFrom(),
                view.licenceValidUntil());
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
                licenceValidUntil);
    }
}
