package vn.khien.compliance.evaluation;

import vn.khien.compliance.domain.PolicyPack;
import vn.khien.compliance.domain.RuleDefinition;

/** A rule of the pack version in force on the evaluated day. */
public record ActiveRule(PolicyPack pack, RuleDefinition rule) {}
