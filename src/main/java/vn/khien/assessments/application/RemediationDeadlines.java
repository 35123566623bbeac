package vn.khien.assessments.application;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.khien.assessments.Severity;

/**
 * The default remediation period of a finding by severity and the system's level, from
 * {@code khien.assessments.remediation.due-days.<severity>.<level3-plus|other>}. A finding without a
 * known level (agency-wide, or handed down) is held to the stricter level 3+ period.
 */
@Component
class RemediationDeadlines {

    private final Environment environment;

    RemediationDeadlines(Environment environment) {
        this.environment = environment;
    }

    /** The due date for a finding raised on {@code raisedOn}; none for INFO findings. */
    LocalDate dueOn(Severity severity, Integer systemLevel, LocalDate raisedOn) {
        if (severity == Severity.INFO) {
            return null;
        }
        String band = systemLevel == null || systemLevel >= 3 ? "level3-plus" : "other";
        Integer days = environment.getProperty(
                "khien.assessments.remediation.due-days." + severity.name().toLowerCase(Locale.ROOT) + "." + band,
                Integer.class);
        return days == null ? null : raisedOn.plusDays(days);
    }
}
