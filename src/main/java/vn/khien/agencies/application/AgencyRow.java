package vn.khien.agencies.application;

import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;

/** One line of the agency list, with whether its two focal points are in place. */
public record AgencyRow(
        String code,
        String name,
        String shortName,
        AgencyKind kind,
        String parentCode,
        String parentName,
        AgencyStatus status,
        String securityUnitPerson,
        String incidentContactPerson) {}
