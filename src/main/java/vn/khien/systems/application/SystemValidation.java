package vn.khien.systems.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.khien.shared.InvalidInputException.FieldProblem;
import vn.khien.systems.SystemDetails;

/**
 * The rules every system's details must meet, whichever way they arrive (form, API, import). Agency
 * codes are checked against a set known in advance, so that an import of thousands of rows asks the
 * registry once.
 */
final class SystemValidation {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,39}");

    private SystemValidation() {}

    static List<FieldProblem> check(SystemDetails d, boolean creating, Set<String> knownAgencies) {
        List<FieldProblem> problems = new ArrayList<>();
        if (creating && (d.code() == null || !CODE.matcher(d.code()).matches())) {
            problems.add(problem("code", "systems.system.error.code"));
        }
        if (blank(d.name()) || d.name().length() > 300) {
            problems.add(problem("name", "systems.system.error.name"));
        }
        if (blank(d.ownerCode())) {
            problems.add(problem("ownerCode", "systems.system.error.owner-required"));
        } else if (!knownAgencies.contains(d.ownerCode())) {
            problems.add(problem("ownerCode", "systems.system.error.agency-unknown"));
        }
        if (!blank(d.operatorCode()) && !knownAgencies.contains(d.operatorCode())) {
            problems.add(problem("operatorCode", "systems.system.error.agency-unknown"));
        }
        if (d.type() == null) {
            problems.add(problem("type", "systems.system.error.type-required"));
        }
        range(problems, "publicServiceLevel", d.publicServiceLevel(), 1, 4);
        if (d.personalDataSubjects() != null && d.personalDataSubjects() < 0) {
            problems.add(problem("personalDataSubjects", "systems.system.error.negative"));
        }
        range(problems, "proposedLevel", d.proposedLevel(), 1, 5);
        if (d.monitoringConnected() && d.monitoringMethod() == null) {
            problems.add(problem("monitoringMethod", "systems.system.error.monitoring-method"));
        }
        components(problems, d.components());
        if (creating) {
            decision(problems, d, knownAgencies);
        }
        return problems;
    }

    /** Every agency code the details mention, to look them up in one go. */
    static List<String> agencyCodes(SystemDetails d) {
        List<String> codes = new ArrayList<>();
        codes.add(d.ownerCode());
        codes.add(d.operatorCode());
        codes.add(d.decision() == null ? null : d.decision().approverCode());
        return codes.stream().filter(c -> !blank(c)).toList();
    }

    private static void components(List<FieldProblem> problems, Collection<SystemDetails.ComponentLine> lines) {
        int line = 1;
        for (var c : lines) {
            if (blank(c.name()) || c.level() == null || c.level() < 1 || c.level() > 5) {
                problems.add(new FieldProblem("components", "systems.system.error.component", List.of(line)));
            }
            line++;
        }
    }

    private static void decision(List<FieldProblem> problems, SystemDetails d, Set<String> knownAgencies) {
        range(problems, "approvedLevel", d.approvedLevel(), 1, 5);
        var decision = d.decision();
        if (d.approvedLevel() != null && decision == null) {
            problems.add(problem("levelDecision", "systems.system.error.decision-required"));
        } else if (decision != null && d.approvedLevel() == null) {
            problems.add(problem("approvedLevel", "systems.system.error.approved-level-required"));
        } else if (decision != null) {
            if (blank(decision.number()) || decision.date() == null || blank(decision.approverCode())) {
                problems.add(problem("levelDecision", "systems.system.error.decision-incomplete"));
            } else if (!knownAgencies.contains(decision.approverCode())) {
                problems.add(problem("levelDecision.approverCode", "systems.system.error.agency-unknown"));
            }
        }
    }

    private static void range(List<FieldProblem> problems, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(new FieldProblem(field, "systems.system.error.range", List.of(min, max)));
        }
    }

    static FieldProblem problem(String field, String key) {
        return new FieldProblem(field, key, List.of());
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
