package vn.khien.registers;

import vn.khien.shared.AuditableEvent;

/**
 * An IT plan was recorded or changed (budget, lines, exception declared or decided): the compliance
 * engine re-evaluates the agency's budget obligation.
 */
public record ItPlanChanged(long planId, String agencyCode, String change, String summary) implements AuditableEvent {

    @Override
    public String action() {
        return "registers.it-plan." + change;
    }

    @Override
    public String objectType() {
        return "it-plan";
    }

    @Override
    public String objectId() {
        return Long.toString(planId);
    }

    @Override
    public String after() {
        return summary;
    }
}
