package vn.khien.agencies.application;

import java.time.LocalDate;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.LicenceKind;
import vn.khien.agencies.MandateKind;

/** An agency's page: its details, its place in the hierarchy, and what the viewer may do. */
public record AgencyView(
        String code,
        String name,
        String shortName,
        AgencyKind kind,
        String parentCode,
        String parentName,
        String address,
        String website,
        String licenceNumber,
        LocalDate licenceValidFrom,
        LocalDate licenceValidUntil,
        LicenceKind licenceKind,
        String licenceIssuer,
        MandateKind mandateKind,
        String mandateReference,
        LocalDate mandateValidFrom,
        LocalDate mandateValidUntil,
        AgencyStatus status,
        String successorCode,
        String successorName,
        LocalDate statusChangedOn,
        long subordinateCount,
        boolean mayMaintain,
        boolean mayAdminister) {

    public boolean licensable() {
        return kind == AgencyKind.SERVICE_PROVIDER || kind == AgencyKind.ASSESSMENT_ORGANISATION;
    }
}
