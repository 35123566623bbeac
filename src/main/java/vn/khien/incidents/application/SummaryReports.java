package vn.khien.incidents.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.incidents.IncidentSummaryGenerated;
import vn.khien.incidents.SummaryPeriod;
import vn.khien.incidents.application.FormBuilders.SummaryLine;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Form 05: an agency's summary of its incidents for the half-year (15 December – 14 June, sent before
 * 20 June) or the year (15 December – 14 December, sent before 15 December), in the periods
 * Vietnamese periodic reports cut at. Every version is kept.
 */
@Service
public class SummaryReports {

    public static final String FORM_05 = "FORM_05";
    private static final int AGENCY_CODE_MAX = 40;

    private final IncidentForms forms;
    private final AccessPolicy access;
    private final IncidentSettings settings;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    SummaryReports(
            IncidentForms forms,
            AccessPolicy access,
            IncidentSettings settings,
            org.springframework.context.ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.forms = forms;
        this.access = access;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code annual}: the year's summary; otherwise the first half-year's. */
    @Transactional
    public UUID generate(String agencyCode, int year, boolean annual) {
        requireAccess(agencyCode);
        if (year < 2017 || year > 2100) {
            throw new InvalidInputException("year", "incidents.error.year");
        }
        SummaryPeriod covered = annual ? SummaryPeriod.year(year) : SummaryPeriod.firstHalf(year);
        String period = (annual ? "Y" : "H1") + "-" + year;
        SummaryWindow window = SummaryWindow.of(covered, clock.getZone());
        var lines = jdbc.sql("""
                        SELECT reference, system_code, type_code, status, detected_at FROM incidents.incident i
                        WHERE agency_code = :agency AND %s
                        ORDER BY detected_at""".formatted(SummaryWindow.CONDITION))
                .param("agency", agencyCode)
                .param("from", window.from())
                .param("to", window.to())
                .query((rs, n) -> new SummaryLine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        String label = (annual ? "năm " : "6 tháng đầu năm ") + year + " (15/12/" + (year - 1) + " – "
                + (annual ? "14/12/" : "14/06/") + year + ")";
        LocalDate today = LocalDate.now(clock);
        var document =
                FormBuilders.form05(forms.organisation(agencyCode, today), label, lines, settings.place(), today);
        String actor = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication()
                .getName();
        UUID ref = forms.keep(null, agencyCode, FORM_05, period, document, actor);
        events.publishEvent(new IncidentSummaryGenerated(agencyCode, period));
        return ref;
    }

    @Transactional(readOnly = true)
    public String file(UUID ref, boolean pdf) {
        String agency = jdbc.sql(
                        "SELECT agency_code FROM incidents.generated_form WHERE ref = :ref AND form = 'FORM_05'")
                .param("ref", ref)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("incident-summary", ref.toString()));
        if (!mayAct(agency)) {
            throw new ObjectNotFoundException("incident-summary", ref.toString());
        }
        return jdbc.sql("SELECT " + (pdf ? "pdf_sha256" : "docx_sha256")
                        + " FROM incidents.generated_form WHERE ref = :ref")
                .param("ref", ref)
                .query(String.class)
                .single();
    }

    /** One kept Form 05. */
    public record SummaryVersion(
            UUID ref, String agencyCode, String period, int version, Instant generatedAt, String generatedBy) {}

    /** The latest Form 05 versions the user may download, newest first. */
    @Transactional(readOnly = true)
    public List<SummaryVersion> recent(int limit) {
        boolean provinceWide = access.currentUserHas(Role.RESPONDER) || access.currentUserHas(Role.COORDINATOR_ADMIN);
        boolean agencyUser = access.currentUserHas(Role.AGENCY_OFFICER) || access.currentUserHas(Role.AGENCY_HEAD);
        var scope = access.currentScope();
        if (!provinceWide && !agencyUser) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT ref, agency_code, period, version, generated_at, generated_by
                          FROM incidents.generated_form
                         WHERE form = 'FORM_05'
                           AND (:all OR agency_code = ANY(:agencies))
                         ORDER BY generated_at DESC
                         LIMIT :limit""")
                .param("all", provinceWide || scope.allAgencies())
                .param("agencies", scope.agencyCodes().toArray(String[]::new))
                .param("limit", limit)
                .query((rs, n) -> new SummaryVersion(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    private void requireAccess(String agencyCode) {
        // no agency code is longer than its column; a longer one failed on insert as a 500
        if (agencyCode == null || agencyCode.length() > AGENCY_CODE_MAX || !mayAct(agencyCode)) {
            throw new InvalidInputException("agencyCode", "incidents.error.agency-unknown");
        }
    }

    private boolean mayAct(String agencyCode) {
        return access.currentUserHas(Role.RESPONDER)
                || access.currentUserHas(Role.COORDINATOR_ADMIN)
                || ((access.currentUserHas(Role.AGENCY_OFFICER) || access.currentUserHas(Role.AGENCY_HEAD))
                        && access.currentScope().covers(agencyCode));
    }
}
