package vn.khien.agencies.application;

import vn.khien.agencies.AgencyKind;

/** Command to add an agency to the registry. */
public record RegisterAgency(String code, String name, String shortName, AgencyKind kind, String parentCode) {}
