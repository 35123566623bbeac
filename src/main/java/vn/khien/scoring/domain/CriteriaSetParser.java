package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.AnswerType;
import vn.khien.scoring.Formula;
import vn.khien.scoring.ScoringMethod;

/** Reads a criteria set from YAML (safe loading: maps, lists and scalars only); see docs/scoring.md. */
public final class CriteriaSetParser {

    private CriteriaSetParser() {}

    public static CriteriaSet parse(String yaml) {
        Map<String, Object> root = map(load(yaml), "the set");
        String code = text(root, "code", "the set");
        String where = "set " + code;
        int version = whole(root.get("version"), where + ": version");
        Map<String, Object> years = map(root.get("years"), where + ": years");
        int from = whole(years.get("from"), where + ": years.from");
        int to = whole(years.get("to"), where + ": years.to");
        if (to < from) {
            throw new CriteriaSetFormatException(where + ": years.to is before years.from");
        }
        Set<AgencyKind> kinds = EnumSet.noneOf(AgencyKind.class);
        for (Object kind : list(root.get("agencyKinds"), where + ": agencyKinds")) {
            kinds.add(constant(AgencyKind.class, kind, where + ": agencyKinds"));
        }
        Set<String> codes = new HashSet<>();
        List<CriterionGroup> groups = new ArrayList<>();
        for (Object item : list(root.get("groups"), where + ": groups")) {
            groups.add(group(map(item, where + ": group"), where, codes));
        }
        return new CriteriaSet(
                code,
                version,
                localized(root.get("title"), where + ": title"),
                from,
                to,
                kinds,
                groups,
                grades(list(root.get("grades"), where + ": grades"), where));
    }

    private static CriterionGroup group(Map<String, Object> group, String set, Set<String> codes) {
        String code = text(group, "code", set + ": group");
        String where = set + ", group " + code;
        List<Criterion> criteria = new ArrayList<>();
        for (Object item : list(group.get("criteria"), where + ": criteria")) {
            Criterion criterion = criterion(map(item, where + ": criterion"), where);
            if (!codes.add(criterion.code())) {
                throw new CriteriaSetFormatException(where + ": criterion " + criterion.code() + " appears twice");
            }
            criteria.add(criterion);
        }
        return new CriterionGroup(code, localized(group.get("title"), where + ": title"), criteria);
    }

    private static Criterion criterion(Map<String, Object> c, String group) {
        String code = text(c, "code", group + ": criterion");
        String where = group + ", criterion " + code;
        BigDecimal max = decimal(c.get("maxPoints"), where + ": maxPoints");
        if (max.signum() <= 0) {
            throw new CriteriaSetFormatException(where + ": maxPoints must be above 0");
        }
        ScoringMethod method = constant(ScoringMethod.class, c.get("method"), where + ": method");
        String basis = c.get("basis") == null ? null : String.valueOf(c.get("basis"));
        LocalizedText title = localized(c.get("title"), where + ": title");
        if (method == ScoringMethod.AUTOMATIC) {
            if (c.containsKey("answer")) {
                throw new CriteriaSetFormatException(where + ": an automatic criterion takes no answer");
            }
            Formula formula = constant(Formula.class, c.get("formula"), where + ": formula");
            Object none = c.getOrDefault("ifNothingToCount", "FULL");
            if (!"FULL".equals(none) && !"ZERO".equals(none)) {
                throw new CriteriaSetFormatException(where + ": ifNothingToCount must be FULL or ZERO");
            }
            return new Criterion(
                    code, title, max, method, formula, rules(c, formula, where), "FULL".equals(none), null, basis);
        }
        if (c.containsKey("formula") || c.containsKey("rules")) {
            throw new CriteriaSetFormatException(where + ": a self-assessed criterion takes no formula");
        }
        return new Criterion(
                code,
                title,
                max,
                method,
                null,
                List.of(),
                false,
                scale(map(c.get("answer"), where + ": answer"), where),
                basis);
    }

    private static List<String> rules(Map<String, Object> c, Formula formula, String where) {
        if (!c.containsKey("rules")) {
            return List.of();
        }
        if (formula != Formula.OBLIGATIONS_MET_ON_TIME) {
            throw new CriteriaSetFormatException(where + ": only " + Formula.OBLIGATIONS_MET_ON_TIME + " takes rules");
        }
        List<String> rules = new ArrayList<>();
        for (Object rule : list(c.get("rules"), where + ": rules")) {
            String id = String.valueOf(rule).strip();
            if (!Criterion.RULE.matcher(id).matches() || rules.contains(id)) {
                throw new CriteriaSetFormatException(
                        where + ": rules: '" + id + "' is not a rule id (pack.rule or pack.*) or appears twice");
            }
            rules.add(id);
        }
        if (rules.isEmpty()) {
            throw new CriteriaSetFormatException(where + ": rules is empty (leave it out to count every rule)");
        }
        return rules;
    }

    private static AnswerScale scale(Map<String, Object> answer, String where) {
        AnswerType type = constant(AnswerType.class, answer.get("type"), where + ": answer.type");
        return switch (type) {
            case YES_NO -> AnswerScale.yesNo();
            case LEVEL -> {
                List<LocalizedText> levels = new ArrayList<>();
                for (Object level : list(answer.get("levels"), where + ": answer.levels")) {
                    levels.add(localized(level, where + ": answer.levels"));
                }
                if (levels.size() < 2) {
                    throw new CriteriaSetFormatException(where + ": answer.levels needs at least two levels");
                }
                yield new AnswerScale(type, levels, null, null);
            }
            case NUMBER -> {
                BigDecimal target = decimal(answer.get("target"), where + ": answer.target");
                if (target.signum() <= 0) {
                    throw new CriteriaSetFormatException(where + ": answer.target must be above 0");
                }
                yield new AnswerScale(type, List.of(), target, localized(answer.get("unit"), where + ": answer.unit"));
            }
        };
    }

    private static List<GradeBand> grades(List<Object> items, String where) {
        List<GradeBand> grades = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Object item : items) {
            Map<String, Object> grade = map(item, where + ": grade");
            String code = text(grade, "code", where + ": grade");
            if (!codes.add(code)) {
                throw new CriteriaSetFormatException(where + ": grade " + code + " appears twice");
            }
            grades.add(new GradeBand(
                    code,
                    localized(grade.get("title"), where + ", grade " + code + ": title"),
                    decimal(grade.get("minPoints"), where + ", grade " + code + ": minPoints")));
        }
        if (grades.stream().noneMatch(g -> g.minPoints().signum() == 0)) {
            throw new CriteriaSetFormatException(where + ": the lowest grade must start at minPoints 0");
        }
        return grades;
    }

    private static Object load(String yaml) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new CriteriaSetFormatException(
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new CriteriaSetFormatException(where + " must be a mapping");
        }
        Map<String, Object> strings = new LinkedHashMap<>();
        map.forEach((k, v) -> strings.put(String.valueOf(k), v));
        return strings;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String where) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new CriteriaSetFormatException(where + " must be a non-empty list");
        }
        return (List<Object>) list;
    }

    /** Codes must be quoted strings: YAML would read 1.10 as the number 1.1. */
    private static String text(Map<String, Object> map, String key, String where) {
        if (!(map.get(key) instanceof String s) || s.isBlank() || s.length() > 40) {
            throw new CriteriaSetFormatException(where + ": " + key + " must be a quoted text of 1 to 40 characters");
        }
        return s.strip();
    }

    private static LocalizedText localized(Object value, String where) {
        Map<String, Object> map = map(value, where);
        if (!(map.get("vi") instanceof String vi)
                || vi.isBlank()
                || !(map.get("en") instanceof String en)
                || en.isBlank()) {
            throw new CriteriaSetFormatException(where + " needs both vi and en texts");
        }
        return new LocalizedText(vi.strip(), en.strip());
    }

    private static int whole(Object value, String where) {
        if (value instanceof Integer i && i > 0) {
            return i;
        }
        throw new CriteriaSetFormatException(where + " must be a whole number above 0");
    }

    private static BigDecimal decimal(Object value, String where) {
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(String.valueOf(value));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new CriteriaSetFormatException(where + " must be a number");
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Object value, String where) {
        try {
            return Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new CriteriaSetFormatException(where + ": unknown value '" + value + "'");
        }
    }
}
