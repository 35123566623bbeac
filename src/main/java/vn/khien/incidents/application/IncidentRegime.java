package vn.khien.incidents.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencySummary;
import vn.khien.incidents.IncidentClockPolicy;
import vn.khien.incidents.IncidentClockRule;
import vn.khien.incidents.IncidentClockRule.ClockStart;
import vn.khien.incidents.IncidentEffect;
import vn.khien.incidents.SeriousIncidentTest;
import vn.khien.incidents.domain.Clock;
import vn.khien.systems.SystemDirectory;
import vn.khien.systems.SystemSummary;

/**
 * The regime an incident falls under: the clocks and the serious-incident test of the policy pack in
 * force on the day it was detected, for the kind of agency that owns the system. Nothing here
 * hard-codes a period or an owner kind; the packs do.
 */
@Component
class IncidentRegime {

    private final IncidentClockPolicy policy;
    private final SystemDirectory systems;
    private final AgencyDirectory agencies;

    IncidentRegime(IncidentClockPolicy policy, SystemDirectory systems, AgencyDirectory agencies) {
        this.policy = policy;
        this.systems = systems;
        this.agencies = agencies;
    }

    /**
     * The clocks that start at {@code startsAt} with {@code start}, leaving out those already running
     * and those whose text does not cover a system of {@code ownerCode}'s kind.
     */
    List<Clock> clocks(
            Instant detectedAt,
            String ownerCode,
            ClockStart start,
            Instant startsAt,
            boolean serious,
            boolean beyondCapacity,
            Collection<String> running) {
        var rules = policy.clocksFor(detectedAt).stream()
                .filter(r -> r.start() == start && (serious || !r.seriousOnly()) && !running.contains(r.ruleId()))
                .toList();
        if (rules.isEmpty()) {
            return List.of();
        }
        // Decision 05/2017 Art. 1, Circular 20/2017 Art. 1.1: police and military systems are outside them
        AgencyKind ownerKind = agencies.find(ownerCode).map(AgencySummary::kind).orElse(null);
        return rules.stream()
                .filter(r -> r.coversOwner(ownerKind))
                .map(r -> clock(r, startsAt, beyondCapacity))
                .toList();
    }

    private static Clock clock(IncidentClockRule rule, Instant startsAt, boolean beyondCapacity) {
        // Decision 05/2017 Art. 11: beyond the owner's capacity the notice is due immediately
        Duration allowed = beyondCapacity && rule.beyondCapacity() != null ? rule.beyondCapacity() : rule.duration();
        return new Clock(
                rule.ruleId(),
                rule.start().name(),
                rule.nameVi(),
                rule.nameEn(),
                rule.legalReference(),
                rule.awaitingConfirmation(),
                startsAt,
                startsAt.plus(allowed),
                null,
                null);
    }

    Seriousness assess(
            Instant detectedAt, String systemCode, String effects, boolean ownerCannotCope, boolean nationalCritical) {
        var system = systems.find(systemCode);
        Integer level = system.map(SystemSummary::approvedLevel).orElse(null);
        AgencyKind ownerKind = system.flatMap(s -> agencies.find(s.ownerCode()))
                .map(AgencySummary::kind)
                .orElse(null);
        var test = policy.seriousTestFor(detectedAt).filter(t -> t.coversOwner(ownerKind));
        if (test.isEmpty()) {
            return new Seriousness(false, false, level, false, false, false, null, false);
        }
        SeriousIncidentTest t = test.get();
        boolean qualifies = (level != null && t.levels().contains(level)) || (t.nationalCritical() && nationalCritical);
        boolean effect = effectsOf(effects).stream().anyMatch(e -> t.effects().contains(e.name()));
        boolean cope = !t.ownerUnableToCope() || ownerCannotCope;
        return new Seriousness(
                true,
                qualifies && effect && cope,
                level,
                qualifies,
                effect,
                cope,
                t.legalReference(),
                t.awaitingConfirmation());
    }

    static Set<IncidentEffect> effectsOf(String effects) {
        return effects == null || effects.isBlank()
                ? Set.of()
                : Arrays.stream(effects.split(",")).map(IncidentEffect::valueOf).collect(Collectors.toSet());
    }

    /**
     * Whether the incident is serious and why: each condition of the pack's test and whether it holds.
     * {@code defined} is false when the pack in force has no test, or its text leaves out the system's
     * owner (Decision 05/2017 Art. 1: police and military systems).
     */
    record Seriousness(
            boolean defined,
            boolean serious,
            Integer systemLevel,
            boolean systemQualifies,
            boolean effectQualifies,
            boolean ownerCannotCope,
            String legalReference,
            boolean awaitingConfirmation) {}
}
