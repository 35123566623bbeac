package vn.khien.monitoring;

import vn.khien.shared.AuditableEvent;

/** The coordinator created or changed a promotion rule; {@code after} is the rule as it now reads. */
public record PromotionRuleChanged(String name, String change, String after) implements AuditableEvent {

    @Override
    public String action() {
        return "monitoring.promotion-rule." + change;
    }

    @Override
    public String objectType() {
        return "promotion-rule";
    }

    @Override
    public String objectId() {
        return name;
    }
}
