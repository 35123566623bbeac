package vn.khien.agencies.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.khien.agencies.AgencyData;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.LicenceKind;
import vn.khien.agencies.MandateKind;

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
        @Valid LicenceBody licence,
        @Valid MandateBody mandate) {

    /** The business licence of a provider or assessment organisation (Law 86/2015 Art. 40–41). */
    record LicenceBody(
            @Size(max = 100) String number,
            LicenceKind kind,
            @Size(max = 300) String issuer,
            LocalDate validFrom,
            LocalDate validUntil) {}

    /** A public service function or designation to assess (Decree 85/2016 Art. 20.2.c). */
    record MandateBody(
            MandateKind kind, @Size(max = 300) String reference, LocalDate validFrom, LocalDate validUntil) {}

    AgencyData toData() {
        LicenceBody l = licence == null ? new LicenceBody(null, null, null, null, null) : licence;
        MandateBody m = mandate == null ? new MandateBody(null, null, null, null) : mandate;
        return new AgencyData(
                name,
                shortName,
                kind,
                parentCode,
                address,
                website,
                l.number(),
                l.validFrom(),
                l.validUntil(),
                new AgencyData.Credentials(
                        l.kind(), l.issuer(), m.kind(), m.reference(), m.validFrom(), m.validUntil()));
    }
}
