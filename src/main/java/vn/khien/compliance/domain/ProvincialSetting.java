package vn.khien.compliance.domain;

/**
 * A number no text gives, which the province may set as its own policy (a workforce target, how often
 * contacts are re-confirmed). Empty by default: the rule then checks only what the law requires, or
 * nothing. Shown on screen as provincial policy, never as law.
 */
public record ProvincialSetting(String name, String value) {

    public boolean set() {
        return value != null && !value.isBlank();
    }
}
