package vn.khien.notifications.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.khien.compliance.ObligationReminder;
import vn.khien.compliance.ObligationStatus;
import vn.khien.identity.UserContact;

/**
 * Who gets what in a day's digests, decided from the day's items alone: each agency's focal points
 * all its items; items overdue {@code afterDays} or more also to the agency's heads; the list of
 * agencies with such items to every coordinator. One digest per person (user name or address).
 */
final class DigestPlan {

    private final Map<String, List<ObligationReminder>> byAgency;
    private final Map<String, List<ObligationReminder>> escalated = new LinkedHashMap<>();

    DigestPlan(List<ObligationReminder> items, int afterDays) {
        byAgency = items.stream()
                .sorted(Comparator.comparing(ObligationReminder::agencyCode)
                        .thenComparing(r -> r.status() == ObligationStatus.OVERDUE ? 0 : 1)
                        .thenComparing(ObligationReminder::daysOverdue, Comparator.reverseOrder())
                        .thenComparing(r -> r.dueDate() == null ? LocalDate.MAX : r.dueDate()))
                .collect(
                        Collectors.groupingBy(ObligationReminder::agencyCode, LinkedHashMap::new, Collectors.toList()));
        byAgency.forEach((agency, list) -> {
            List<ObligationReminder> late = list.stream()
                    .filter(i -> i.status() == ObligationStatus.OVERDUE && i.daysOverdue() >= afterDays)
                    .toList();
            if (!late.isEmpty()) {
                escalated.put(agency, late);
            }
        });
    }

    boolean isEmpty() {
        return byAgency.isEmpty();
    }

    java.util.Set<String> agencies() {
        return byAgency.keySet();
    }

    /** Agencies with items overdue past the threshold; heads and coordinators hear of these only. */
    java.util.Set<String> escalatedAgencies() {
        return escalated.keySet();
    }

    /**
     * The digests: {@code focalPoints} as (agency, address) pairs, {@code heads} of escalated agencies,
     * and the coordinators. Digests without items are left out.
     */
    Collection<Digest> digests(
            List<Map.Entry<String, String>> focalPoints, List<UserContact> heads, List<UserContact> coordinators) {
        Map<String, Digest> digests = new LinkedHashMap<>();
        for (Map.Entry<String, String> focalPoint : focalPoints) {
            Addressee to = Addressee.address(focalPoint.getValue(), "vi");
            digests.computeIfAbsent(to.key(), k -> new Digest(to))
                    .addAgency(focalPoint.getKey(), byAgency.getOrDefault(focalPoint.getKey(), List.of()));
        }
        for (UserContact head : heads) {
            digest(digests, head).addAgency(head.agencyCode(), escalated.getOrDefault(head.agencyCode(), List.of()));
        }
        List<Digest.Escalated> summary = escalated.values().stream()
                .map(items -> new Digest.Escalated(
                        items.get(0).agencyCode(),
                        items.get(0).agencyName(),
                        items.size(),
                        items.stream()
                                .mapToInt(ObligationReminder::daysOverdue)
                                .max()
                                .orElse(0)))
                .toList();
        if (!summary.isEmpty()) {
            coordinators.forEach(coordinator -> digest(digests, coordinator).addEscalated(summary));
        }
        return digests.values().stream().filter(d -> d.itemCount() > 0).toList();
    }

    private static Digest digest(Map<String, Digest> digests, UserContact user) {
        Addressee to = new Addressee(user.username(), user.email(), user.language());
        return digests.computeIfAbsent(to.key(), k -> new Digest(to));
    }
}
