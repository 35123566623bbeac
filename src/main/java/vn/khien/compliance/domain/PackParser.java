package vn.khien.compliance.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import vn.khien.compliance.SubjectType;

/** Reads a pack from its YAML text (safe loading: plain maps, lists and scalars only). */
public final class PackParser {

    private PackParser() {}

    /** The version number a repository pack file declares ({@code version: 2}). */
    public static int versionOf(String yaml) {
        Object version = load(yaml).get("version");
        if (version instanceof Integer v && v > 0) {
            return v;
        }
        throw new PackFormatException("'version' must be a whole number from 1");
    }

    public static PolicyPack parse(String yaml, int version) {
        Map<String, Object> root = load(yaml);
        String code = required(root, "code", "pack");
        List<RuleDefinition> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (!(root.get("rules") instanceof List<?> list) || list.isEmpty()) {
            throw new PackFormatException("pack " + code + ": 'rules' must be a non-empty list");
        }
        PackScope scope = scope(root.get("scope"), code);
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new PackFormatException("pack " + code + ": every rule must be a mapping");
            }
            RuleDefinition rule = rule(strings(map), scope);
            if (!ids.add(rule.id())) {
                throw new PackFormatException("pack " + code + ": rule " + rule.id() + " appears twice");
            }
            rules.add(rule);
        }
        return new PolicyPack(
                code,
                version,
                text(root.get("title"), "pack " + code + ": title"),
                required(root, "document", code),
                date(root, "appliesFrom", code, true),
                date(root, "appliesTo", code, false),
                rules,
                scope);
    }

    private static Map<String, Object> load(String yaml) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new PackFormatException("the pack must be a YAML mapping");
            }
            return strings(map);
        } catch (YAMLException e) {
            throw new PackFormatException("not valid YAML: " + firstLine(e.getMessage()));
        }
    }

    /** Who the pack's texts leave out ({@code scope: {excludeOwnerKinds, basis}}); none when absent. */
    private static PackScope scope(Object value, String code) {
        if (value == null) {
            return PackScope.NONE;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new PackFormatException("pack " + code + ": 'scope' must be a mapping (excludeOwnerKinds, basis)");
        }
        Map<String, Object> scope = strings(map);
        List<String> kinds = scope.get("excludeOwnerKinds") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList()
                : List.of();
        return new PackScope(
                kinds, scope.get("basis") == null ? null : text(scope.get("basis"), "pack " + code + ": scope.basis"));
    }

    private static RuleDefinition rule(Map<String, Object> map, PackScope scope) {
        String id = required(map, "id", "rule");
        SubjectType subject;
        try {
            subject = SubjectType.valueOf(required(map, "subject", id));
        } catch (IllegalArgumentException e) {
            throw new PackFormatException("rule " + id + ": subject must be AGENCY or SYSTEM");
        }
        if (!(map.get("legal") instanceof Map<?, ?> legalMap)) {
            throw new PackFormatException("rule " + id + ": 'legal' (document, article, paraphrase) is required");
        }
        Map<String, Object> legal = strings(legalMap);
        Map<String, Object> params =
                new java.util.LinkedHashMap<>(map.get("params") instanceof Map<?, ?> p ? strings(p) : Map.of());
        List<ProvincialSetting> settings = new ArrayList<>();
        List<String> required = map.get("requiredSettings") instanceof List<?> r
                ? r.stream().map(String::valueOf).toList()
                : List.of();
        if (map.get("provincialSettings") instanceof Map<?, ?> provincial) {
            strings(provincial).forEach((name, value) -> {
                if (params.containsKey(name)) {
                    throw new PackFormatException(
                            "rule " + id + ": '" + name + "' is either a parameter or a provincial setting, not both");
                }
                settings.add(
                        new ProvincialSetting(name, value == null ? null : value.toString(), required.contains(name)));
                if (value != null && !value.toString().isBlank()) {
                    params.put(name, value);
                }
            });
        } else if (map.get("provincialSettings") != null) {
            throw new PackFormatException(
                    "rule " + id + ": 'provincialSettings' must map names to values (empty: not set)");
        }
        for (String name : required) {
            if (settings.stream().noneMatch(s -> s.name().equals(name))) {
                throw new PackFormatException(
                        "rule " + id + ": required setting '" + name + "' is not among its provincialSettings");
            }
        }
        if (!scope.excludeOwnerKinds().isEmpty() && !params.containsKey("excludeOwnerKinds")) {
            params.put("excludeOwnerKinds", scope.excludeOwnerKinds());
        }
        Strength strength;
        try {
            strength = Strength.valueOf(String.valueOf(map.getOrDefault("strength", "MANDATORY")));
        } catch (IllegalArgumentException e) {
            throw new PackFormatException("rule " + id + ": strength must be MANDATORY or RECOMMENDED");
        }
        return new RuleDefinition(
                id,
                required(map, "kind", id),
                subject,
                text(map.get("title"), "rule " + id + ": title"),
                new LegalReference(
                        required(legal, "document", id),
                        required(legal, "article", id),
                        text(legal.get("paraphrase"), "rule " + id + ": paraphrase"),
                        flag(legal.get("verified"), "rule " + id + ": verified"),
                        legal.get("actor") == null ? null : text(legal.get("actor"), "rule " + id + ": actor")),
                new RuleParameters(id, params),
                strength,
                settings,
                map.get("refines") instanceof List<?> refined
                        ? refined.stream().map(String::valueOf).toList()
                        : map.get("refines") == null
                                ? List.of()
                                : List.of(map.get("refines").toString()));
    }

    private static Text text(Object value, String where) {
        if (value instanceof Map<?, ?> map && map.get("vi") != null) {
            Object en = map.get("en");
            return new Text(map.get("vi").toString(), en == null ? null : en.toString());
        }
        throw new PackFormatException(where + " needs a Vietnamese text (vi) and may have an English one (en)");
    }

    /** A yes/no value; absent is no (a citation nobody checked is not verified). */
    private static boolean flag(Object value, String where) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value.toString().equals("true") || value.toString().equals("false")) {
            return Boolean.parseBoolean(value.toString());
        }
        throw new PackFormatException(where + " must be true or false");
    }

    private static String required(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new PackFormatException(where + ": '" + key + "' is required");
        }
        return value.toString();
    }

    private static LocalDate date(Map<String, Object> map, String key, String where, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                throw new PackFormatException(where + ": '" + key + "' is required");
            }
            return null;
        }
        try {
            return day(value);
        } catch (DateTimeParseException e) {
            throw new PackFormatException(where + ": '" + key + "' must be a date written YYYY-MM-DD");
        }
    }

    /** A YAML date: SnakeYAML reads an unquoted {@code 2019-06-07} as a UTC midnight timestamp. */
    public static LocalDate day(Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    private static Map<String, Object> strings(Map<?, ?> map) {
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
