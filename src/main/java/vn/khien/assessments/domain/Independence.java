package vn.khien.assessments.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.khien.systems.ServiceKind;
import vn.khien.systems.ServiceProvision;

/**
 * Directive 14/CT-TTg and Decree 85/2016 Art. 20: a level 3+ system is assessed by an organisation
 * independent of the one that monitors, responds to incidents for, or protects it. An assessor that
 * provides one of these services to any system in scope on any day of the assessment's period is not
 * independent.
 */
public final class Independence {

    static final Set<ServiceKind> CONFLICTING =
            EnumSet.of(ServiceKind.MONITORING, ServiceKind.INCIDENT_RESPONSE, ServiceKind.PROTECTION);

    private Independence() {}

    /** The provisions that make {@code assessorCode} dependent; empty when it is independent. */
    public static List<ServiceProvision> conflicts(
            String assessorCode, Period period, List<ServiceProvision> provisions) {
        return conflicts(assessorCode, period, provisions, java.util.Map.of());
    }

    /**
     * As above, and an in-house provision (no provider: the owner does it itself, seed §1) makes the
     * owner ({@code ownerBySystem}) dependent: its in-house unit is the monitoring organisation.
     */
    public static List<ServiceProvision> conflicts(
            String assessorCode,
            Period period,
            List<ServiceProvision> provisions,
            java.util.Map<String, String> ownerBySystem) {
        return provisions.stream()
                .filter(p -> CONFLICTING.contains(p.service()))
                .filter(p -> assessorCode.equals(p.providerCode())
                        || (p.providerCode() == null && assessorCode.equals(ownerBySystem.get(p.systemCode()))))
                .filter(p -> p.overlaps(period.start(), period.end()))
                .toList();
    }
}
