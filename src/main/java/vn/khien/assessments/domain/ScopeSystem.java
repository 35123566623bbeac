package vn.khien.assessments.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A system in an assessment's scope, with its owner and level as they were when it was put in scope. */
@Table(schema = "assessments", name = "assessment_system")
public record ScopeSystem(String systemCode, String ownerCode, Integer systemLevel) {}
