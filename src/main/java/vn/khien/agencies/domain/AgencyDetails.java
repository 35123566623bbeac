package vn.khien.agencies.domain;

import vn.khien.agencies.AgencyKind;

/** Everything about an agency that the coordinator may revise; the code never changes. */
public record AgencyDetails(
        String name,
        String shortName,
        AgencyKind kind,
        String parentCode,
        String address,
        String website,
        Licence licence) {

    /** Providers and assessors are licensed (Decree 85/2016 Art. 20; Law 86/2015 Art. 41). */
    public boolean licensable() {
        return kind == AgencyKind.SERVICE_PROVIDER || kind == AgencyKind.ASSESSMENT_ORGANISATION;
    }
}
