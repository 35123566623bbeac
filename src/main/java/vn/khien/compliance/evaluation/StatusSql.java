package vn.khien.compliance.evaluation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.SubjectType;
import vn.khien.shared.EnumSql;

/**
 * The words a rule's SQL answers with — obligation statuses and subject types — are written {@code
 * {{MET}}}, {@code {{AGENCY}}} and become their literals from the enums here: a status renamed or removed
 * fails every rule that still says it, at its first evaluation (every kind is evaluated by the tests),
 * instead of writing a word nothing reads.
 */
final class StatusSql {

    private static final Pattern WORD = Pattern.compile("\\{\\{([A-Z_]+)}}");

    private StatusSql() {}

    static String of(String sql) {
        Matcher word = WORD.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(out, Matcher.quoteReplacement(literal(word.group(1))));
        }
        return word.appendTail(out).toString();
    }

    private static String literal(String name) {
        for (ObligationStatus status : ObligationStatus.values()) {
            if (status.name().equals(name)) {
                return EnumSql.literal(status);
            }
        }
        for (SubjectType type : SubjectType.values()) {
            if (type.name().equals(name)) {
                return EnumSql.literal(type);
            }
        }
        throw new IllegalArgumentException("{{" + name + "}} is neither an obligation status nor a subject type");
    }
}
