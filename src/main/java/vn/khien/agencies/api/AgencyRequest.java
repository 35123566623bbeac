package vn.khien.agencies.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.application.AgencyData;

/**
 * An agency as sent to {@code POST /api/v1/agencies} (with its code) or {@code PUT
 * /api/v1/agencies/{code}} (the code in the path wins).
 */
record AgencyRequest(
        @Size(max = 40) String code,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 100) String shortName,
        @NotNull AgencyKind kind,
        @Size(max = 40) String parentCode,
        @Size(max = 500) String address,
        @Size(max = 300) String website,
        @Valid LicenceBody licence) {

    /** The licence of a provider or assessment organisation. */
    record LicenceBody(@Size(max = 100) String number, LocalDate validFrom, LocalDate validUntil) {}

    AgencyData toData() {
        return new AgencyData(
                name,
                shortName,
                kind,
                parentCode,
                address,
                website,
                licence == null ? null : licence.number(),
                licence == null ? null : licence.validFrom(),
                licence == null ? null : licence.validUntil());
    }
}
