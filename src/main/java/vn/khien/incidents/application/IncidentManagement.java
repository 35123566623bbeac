package vn.khien.incidents.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.incidents.ClassificationData;
import vn.khien.incidents.Impact;
import vn.khien.incidents.IncidentClockRule.ClockStart;
import vn.khien.incidents.IncidentData;
import vn.khien.incidents.IncidentEffect;
import vn.khien.incidents.IncidentResponse;
import vn.khien.incidents.Pap;
import vn.khien.incidents.Tlp;
import vn.khien.incidents.application.IncidentRegime.Seriousness;
import vn.khien.incidents.domain.Classification;
import vn.khien.incidents.domain.Incident;
import vn.khien.incidents.domain.IncidentReport;
import vn.khien.incidents.domain.Reporting;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;
import vn.khien.systems.ServiceProvision;
import vn.khien.systems.SystemDirectory;
import vn.khien.systems.SystemSummary;

/** Reports, classifies and moves incidents through the response: check access, validate, change, audit. */
@Service
public class IncidentManagement implements IncidentResponse {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final IncidentLoader loader;
    private final AccessPolicy access;
    private final IncidentRegime regime;
    private final SystemDirectory systems;
    private final JdbcClient jdbc;
    private final Clock clock;

    IncidentManagement(
            IncidentLoader loader,
            AccessPolicy access,
            IncidentRegime regime,
            SystemDirectory systems,
            JdbcClient jdbc,
            Clock clock) {
        this.loader = loader;
        this.access = access;
        this.regime = regime;
        this.systems = systems;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new report; returns its reference. The reporter must own or serve the system (or be the team). */
    @Transactional
    public String report(IncidentData data) {
        return report(data, null);
    }

    @Transactional
    public String report(IncidentData data, String sourceRule) {
        Viewer viewer = access.currentViewer();
        if (!IncidentAccess.mayReport(viewer)) {
            throw new AccessDeniedException("this role does not report incidents");
        }
        Instant now = clock.instant();
        SystemSummary system = validate(data, viewer, now);
        Seriousness seriousness = regime.assess(data.detectedAt(), system.code(), "", data.beyondCapacity(), false);
        var classification = new Classification(
                data.severity(),
                or(data.impact(), Impact.LOW),
                or(data.tlp(), Tlp.AMBER),
                or(data.pap(), Pap.GREEN),
                "",
                data.beyondCapacity(),
                false,
                seriousness.serious(),
                seriousness.legalReference());
        var report = new IncidentReport(
                data.type(),
                data.summary().strip(),
                blank(data.symptoms()),
                blank(data.scope()),
                blank(data.actionsTaken()),
                blank(data.supportNeeded()),
                blank(data.contactName()),
                blank(data.contactPhone()),
                blank(data.contactEmail()));
        String reference = nextReference(now.atZone(clock.getZone()).getYear());
        var reporting = new Reporting(
                reference,
                system.ownerCode(),
                system.code(),
                viewer.actor(),
                viewer.person(),
                viewer.organisation(),
                data.detectedAt(),
                now,
                sourceRule);
        var clocks = regime.clocks(
                data.detectedAt(),
                system.ownerCode(),
                ClockStart.DETECTION,
                data.detectedAt(),
                seriousness.serious(),
                data.beyondCapacity(),
                List.of());
        loader.save(Incident.report(reporting, report, classification, clocks));
        return reference;
    }

    @Transactional
    public void classify(String reference, ClassificationData data) {
        var loaded = loader.forTeam(reference);
        Incident incident = loaded.incident();
        if (data.type() == null || !typeExists(data.type())) {
            throw new InvalidInputException("type", "incidents.error.type-unknown");
        }
        if (data.severity() == null || data.tlp() == null) {
            throw new InvalidInputException("severity", "incidents.error.required");
        }
        String effects = String.join(
                ",", data.effects().stream().map(IncidentEffect::name).sorted().toList());
        Seriousness seriousness = regime.assess(
                incident.detectedAt(), incident.systemCode(), effects, data.ownerCannotCope(), data.nationalCritical());
        var classification = new Classification(
                data.severity(),
                or(data.impact(), Impact.LOW),
                data.tlp(),
                or(data.pap(), Pap.GREEN),
                effects,
                data.ownerCannotCope(),
                data.nationalCritical(),
                seriousness.serious(),
                seriousness.legalReference());
        var inForce = regime.clocks(
                incident.detectedAt(),
                incident.agencyCode(),
                ClockStart.DETECTION,
                incident.detectedAt(),
                seriousness.serious(),
                data.ownerCannotCope(),
                List.of());
        incident.classify(loaded.viewer().actor(), clock.instant(), data.type(), classification, inForce);
        loader.save(incident);
    }

    @Transactional
    public void move(String reference, Transition transition, String reason) {
        var loaded = loader.forTeam(reference);
        Incident incident = loaded.incident();
        String actor = loaded.viewer().actor();
        Instant now = clock.instant();
        switch (transition) {
            case VERIFY -> incident.verify(actor, now);
            case CONTAIN -> incident.contain(actor, now);
            case ERADICATE -> incident.eradicate(actor, now);
            case RECOVER ->
                incident.recover(
                        actor,
                        now,
                        regime.clocks(
                                incident.detectedAt(),
                                incident.agencyCode(),
                                ClockStart.RESPONSE_END,
                                now,
                                incident.classification().serious(),
                                false,
                                List.of()));
            case REJECT -> incident.reject(actor, now, reason);
            case REOPEN -> incident.reopen(actor, now, reason);
        }
        loader.save(incident);
    }

    @Transactional
    public void close(String reference, String rootCause, String lessonsLearned, String finalReport) {
        var loaded = loader.forTeam(reference);
        loaded.incident().close(loaded.viewer().actor(), clock.instant(), rootCause, lessonsLearned, finalReport);
        loader.save(loaded.incident());
    }

    private SystemSummary validate(IncidentData data, Viewer viewer, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean noSystem = data.systemCode() == null || data.systemCode().isBlank();
        SystemSummary system = noSystem
                ? null
                : systems.find(data.systemCode().strip())
                        .filter(s -> mayReportOn(viewer, s))
                        .orElse(null);
        if (system == null) {
            problems.add(
                    problem("systemCode", noSystem ? "incidents.error.required" : "incidents.error.system-unknown"));
        }
        if (data.detectedAt() == null) {
            problems.add(problem("detectedAt", "incidents.error.required"));
        } else if (data.detectedAt().isAfter(now)) {
            problems.add(problem("detectedAt", "incidents.error.detected-in-future"));
        }
        if (data.type() == null || data.type().isBlank()) {
            problems.add(problem("type", "incidents.error.required"));
        } else if (!typeExists(data.type())) {
            problems.add(problem("type", "incidents.error.type-unknown"));
        }
        if (data.summary() == null || data.summary().isBlank()) {
            problems.add(problem("summary", "incidents.error.required"));
        } else if (data.summary().length() > 500) {
            problems.add(problem("summary", "incidents.error.too-long"));
        }
        if (data.severity() == null) {
            problems.add(problem("severity", "incidents.error.required"));
        }
        if (data.contactEmail() != null
                && !data.contactEmail().isBlank()
                && !EMAIL.matcher(data.contactEmail().strip()).matches()) {
            problems.add(problem("contactEmail", "incidents.error.email"));
        }
        if (data.contactPhone() != null
                && !data.contactPhone().isBlank()
                && !vn.khien.shared.PhoneNumbers.plausible(data.contactPhone())) {
            problems.add(problem("contactPhone", "incidents.error.phone"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return system;
    }

    /** The team reports for anyone; an agency for its own systems; a provider for the systems it serves. */
    private boolean mayReportOn(Viewer viewer, SystemSummary system) {
        if (IncidentAccess.team(viewer)
                || viewer.agenciesAs(Role.AGENCY_OFFICER, Role.AGENCY_HEAD).contains(system.ownerCode())) {
            return true;
        }
        String organisation = viewer.organisation();
        return organisation != null
                && (organisation.equals(system.ownerCode())
                        || systems.provisionsFor(Set.of(system.code())).stream()
                                .map(ServiceProvision::providerCode)
                                .anyMatch(organisation::equals));
    }

    boolean typeExists(String type) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM incidents.incident_type WHERE code = :code)")
                .param("code", type)
                .query(Boolean.class)
                .single();
    }

    private String nextReference(int year) {
        int number = jdbc.sql("""
                        INSERT INTO incidents.reference_counter (year, last_value) VALUES (:year, 1)
                        ON CONFLICT (year) DO UPDATE SET last_value = incidents.reference_counter.last_value + 1
                        RETURNING last_value""").param("year", year).query(Integer.class).single();
        return "SC-%d-%06d".formatted(year, number);
    }

    private static FieldProblem problem(String field, String key) {
        return new FieldProblem(field, key, List.of());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
