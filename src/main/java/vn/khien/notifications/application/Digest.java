package vn.khien.notifications.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khien.compliance.ObligationReminder;

/**
 * One person's digest for a day: the obligations of the agencies they answer for, grouped by agency
 * (overdue first), and for coordinators the province-wide list of agencies with escalated items.
 */
final class Digest {

    /** An agency with obligations overdue past the escalation threshold, for the coordinator. */
    record Escalated(String agencyCode, String agencyName, int items, int maxDaysOverdue) {}

    private final Addressee to;
    private final Map<String, List<ObligationReminder>> byAgency = new LinkedHashMap<>();
    private final List<Escalated> escalated = new ArrayList<>();

    Digest(Addressee to) {
        this.to = to;
    }

    Addressee to() {
        return to;
    }

    /** Adds an agency's items unless this person already has that agency's items. */
    void addAgency(String agencyCode, List<ObligationReminder> items) {
        if (!items.isEmpty()) {
            byAgency.putIfAbsent(agencyCode, items);
        }
    }

    void addEscalated(List<Escalated> agencies) {
        escalated.addAll(agencies);
    }

    Map<String, List<ObligationReminder>> byAgency() {
        return byAgency;
    }

    List<Escalated> escalated() {
        return escalated;
    }

    int itemCount() {
        return byAgency.values().stream().mapToInt(List::size).sum()
                + escalated.stream().mapToInt(Escalated::items).sum();
    }

    /** Where the mail's main link points: the one agency's obligations, else the province's overdue list. */
    String link() {
        if (escalated.isEmpty() && byAgency.size() == 1) {
            return "/compliance/obligations?agency="
                    + byAgency.keySet().iterator().next();
        }
        return escalated.isEmpty() ? "/compliance/obligations" : "/compliance/obligations?status=OVERDUE";
    }
}
