package vn.khien.scoring.domain;

import vn.khien.agencies.AgencyKind;

/** An agency a campaign evaluates, with the name and kind it had when scored. */
public record Participant(String code, String name, AgencyKind kind) {}
