package vn.khien.compliance.domain;

import vn.khien.compliance.SubjectType;

/** One rule of a pack: an instance of a rule kind with its parameters and legal source. */
public record RuleDefinition(
        String id, String kind, SubjectType subject, Text title, LegalReference legal, RuleParameters params) {}
