package vn.khien.agencies.domain;

import vn.khien.agencies.AgencyKind;

/**
 * Everything about an agency that the coordinator may revise; the code never changes. The mandate to
 * assess (public service function or designation) may be recorded for any kind of organisation.
 */
public record AgencyDetails(
        String name,
        String shortName,
        AgencyKind kind,
        String parentCode,
        String address,
        String website,
        Licence licence,
        Mandate mandate) {

    /** Providers and assessors are licensed (Decree 85/2016 Art. 20; Law 86/2015 Art. 41). */
    public boolean licensable() {
        return kind == AgencyKind.SERVICE_PROVIDER || kind == AgencyKind.ASSESSMENT_ORGANISATION;
    }

    /** The same details with the licence and mandate of {@code other} (the import does not carry them). */
    public AgencyDetails withCredentialsOf(AgencyDetails other) {
        Licence kept = licence == null || licence.number() == null
                ? licence
                : new Licence(
                        licence.number(),
                        other.licence().kind(),
                        other.licence().issuer(),
                        licence.validFrom(),
                        licence.validUntil());
        return new AgencyDetails(name, shortName, kind, parentCode, address, website, kept, other.mandate());
    }
}
