package vn.khien.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail's before/after texts as a person reads them. Modules record states as
 * {@code field=value, field=value} with enum constants and ISO dates, which keeps the chained record
 * language-neutral; on screen a field gets its label ({@code audit.field.*}), a constant the label its
 * module gives it, a date dd/MM/yyyy. What has no label is shown as recorded.
 */
@Component("stateText")
class StateText {

    private static final Pattern FIELD = Pattern.compile("(^|, )([A-Za-z][A-Za-z0-9_-]*)=");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b(?!T)");

    /**
     * The message families of the enums that appear in recorded states, most specific first, each with
     * its key prefix written {@code module:family} (the key is {@code module.family.CONSTANT}).
     */
    private static final List<String> LABELS = List.of(
            "audit:value",
            "agencies:kind",
            "agencies:role",
            "agencies:status",
            "agencies:licence.kind",
            "agencies:mandate.kind",
            "systems:type",
            "systems:status",
            "systems:dossier.status",
            "systems:service",
            "systems:method",
            "systems:asset.kind",
            "incidents:status",
            "incidents:severity",
            "incidents:tlp",
            "incidents:impact",
            "incidents:effect",
            "incidents:party",
            "assessments:status",
            "assessments:severity",
            "assessments:kind",
            "assessments:finding-status",
            "assessments:plan-status",
            "assessments:scope",
            "registers:credential.status",
            "registers:attestation.kind",
            "registers:attestation.status",
            "registers:staff.role",
            "registers:it-plan.kind",
            "registers:it-plan.exception",
            "compliance:status",
            "compliance:waivers.state",
            "scoring:state",
            "role");

    private final MessageSource messages;

    StateText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String state) {
        if (state == null || state.isBlank()) {
            return state;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String text = replace(FIELD, state, m -> m.group(1) + field(m.group(2), locale) + ": ");
        text = replace(ISO_DATE, text, m -> m.group(3) + "/" + m.group(2) + "/" + m.group(1));
        return replace(CONSTANT, text, m -> constant(m.group(), locale));
    }

    /** A client address as people write it (RFC 5952): the IPv6 loopback is {@code ::1}, not eight groups. */
    public String address(String address) {
        String[] groups = address == null ? new String[0] : address.split(":", -1);
        if (groups.length != 8) {
            return address;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0, run = 0; i < 8; i++) {
            groups[i] = groups[i].replaceFirst("^0+(?=.)", "").toLowerCase(Locale.ROOT);
            run = groups[i].equals("0") ? run + 1 : 0;
            if (run > bestLength) {
                bestLength = run;
                bestStart = i - run + 1;
            }
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        return String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart)) + "::"
                + String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, 8));
    }

    private String constant(String value, Locale locale) {
        for (String family : LABELS) {
            String label = messages.getMessage(family.replace(':', '.') + "." + value, null, null, locale);
            if (label != null) {
                return label;
            }
        }
        return value;
    }

    /** A field is named in lower camel case ({@code decidedOn}) or by a constant ({@code HEAD=…}). */
    private String field(String name, Locale locale) {
        return Character.isUpperCase(name.charAt(0))
                ? constant(name, locale)
                : messages.getMessage("audit.field." + name, null, name, locale);
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
