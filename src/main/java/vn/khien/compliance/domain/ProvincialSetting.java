package vn.khien.compliance.domain;

/**
 * A number no text gives, which the province may set as its own policy (a workforce target, how often
 * contacts are re-confirmed). Empty by default: the rule then checks only what the law requires, or
 * nothing; a rule that cannot say anything without it ({@code required}: how often drills are held, the
 * day a monitoring report is due) is "not evaluated" until it is set. Shown on screen as provincial
 * policy, never as law.
 */
public record ProvincialSetting(String name, String value, boolean required) {

    public ProvincialSetting(String name, String value) {
        this(name, value, false);
    }

    public boolean set() {
        return value != null && !value.isBlank();
    }
}
