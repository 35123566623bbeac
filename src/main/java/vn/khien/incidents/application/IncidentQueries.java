package vn.khien.incidents.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.identity.AccessPolicy;
import vn.khien.incidents.IncidentChanged;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.Tlp;
import vn.khien.incidents.application.IncidentAccess.Standing;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;
import vn.khien.systems.SystemDirectory;
import vn.khien.systems.facts.SystemFacts;

/** Lists and shows incidents as the current user may see them. */
@Service
public class IncidentQueries {

    private final IncidentLoader loader;
    private final AccessPolicy access;
    private final IncidentRegime regime;
    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final SystemDirectory systems;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentQueries(
            IncidentLoader loader,
            AccessPolicy access,
            IncidentRegime regime,
            JdbcClient jdbc,
            AgencyDirectory agencies,
            SystemDirectory systems,
            ApplicationEventPublisher events,
            Clock clock) {
        this.loader = loader;
        this.access = access;
        this.regime = regime;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.systems = systems;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<IncidentRow> list(IncidentFilter filter, Paging paging) {
        Map<String, Object> params = new HashMap<>(IncidentAccess.sqlParameters(access.currentViewer()));
        StringBuilder where = new StringBuilder(" WHERE ").append(IncidentAccess.visible("i"));
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(
                    " AND public.search_key(i.reference || ' ' || i.summary) LIKE '%' || public.search_key(:q) || '%'");
            params.put("q", filter.q().strip());
        }
        if (filter.status() != null) {
            where.append(" AND i.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.agency() != null && !filter.agency().isBlank()) {
            where.append(" AND i.agency_code = :agency");
            params.put("agency", filter.agency().strip());
        }
        if (filter.system() != null && !filter.system().isBlank()) {
            where.append(" AND i.system_code = :system");
            params.put("system", filter.system().strip());
        }
        if (filter.openOnly()) {
            where.append(" AND i.status = ANY(CAST(:openStatuses AS text[]))");
            params.put("openStatuses", statuses(true));
        }
        if (filter.noticeOverdue()) {
            where.append(" AND i.status = ANY(CAST(:owingStatuses AS text[])) AND EXISTS (SELECT 1 FROM"
                    + " incidents.incident_clock c WHERE c.incident = i.id AND c.met_at IS NULL AND c.due_at < :now)");
            params.put(
                    "owingStatuses",
                    java.util.Arrays.stream(IncidentStatus.values())
                            .filter(s -> s != IncidentStatus.REJECTED)
                            .map(Enum::name)
                            .toArray(String[]::new));
            params.put("now", java.sql.Timestamp.from(clock.instant()));
        }
        if (filter.type() != null && !filter.type().isBlank()) {
            where.append(" AND i.type_code = :type");
            params.put("type", filter.type().strip());
        }
        long total = jdbc.sql("SELECT count(*) FROM incidents.incident i" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        var items = jdbc.sql("""
                        SELECT i.reference, i.agency_code, i.system_code, i.type_code, i.severity, i.tlp, i.status,
                               i.detected_at, i.reported_at, a.name AS agency_name, s.name AS system_name,
                               c.name_vi, c.name_en, c.due_at
                        FROM incidents.incident i
                        LEFT JOIN %s a ON a.code = i.agency_code
                        LEFT JOIN %s s ON s.code = i.system_code
                        LEFT JOIN LATERAL (SELECT c.name_vi, c.name_en, c.due_at FROM incidents.incident_clock c
                                           WHERE c.incident = i.id AND c.met_at IS NULL
                                           ORDER BY c.due_at LIMIT 1) c ON true""".formatted(AgencyFacts.AGENCY.name(), SystemFacts.SYSTEM.name())
                        + where + " ORDER BY i.reported_at DESC, i.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> row(rs, clock.instant()))
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    private static IncidentRow row(java.sql.ResultSet rs, java.time.Instant now) throws java.sql.SQLException {
        IncidentStatus status = IncidentStatus.valueOf(rs.getString(7));
        java.sql.Timestamp due = rs.getTimestamp("due_at");
        return new IncidentRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                vn.khien.incidents.IncidentSeverity.valueOf(rs.getString(5)),
                Tlp.valueOf(rs.getString(6)),
                status,
                rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant(),
                rs.getString("agency_name"),
                rs.getString("system_name"),
                // a missed clock is still owed, even once the incident is closed: the compliance dashboard
                // counts it overdue until the notice is sent (then late), and so does this list; a rejected
                // report was no incident and owes nothing
                due == null || status == IncidentStatus.REJECTED
                        ? null
                        : IncidentRow.NextDeadline.of(
                                rs.getString("name_vi"), rs.getString("name_en"), due.toInstant(), now));
    }

    private static String[] statuses(boolean open) {
        return java.util.Arrays.stream(IncidentStatus.values())
                .filter(s -> s.open() == open)
                .map(Enum::name)
                .toArray(String[]::new);
    }

    /** One incident; every view of a RED or AMBER+STRICT incident is written to the audit trail. */
    @Transactional
    public IncidentView detail(String reference) {
        var loaded = loader.visible(reference);
        var incident = loaded.incident();
        Tlp tlp = incident.classification().tlp();
        if (tlp == Tlp.RED || tlp == Tlp.AMBER_STRICT) {
            events.publishEvent(new IncidentChanged("incidents.incident.viewed", reference, "TLP:" + tlp));
        }
        return IncidentViews.of(
                loaded,
                loaded.standing().seesDetails() ? loader.timeline(incident) : List.of(),
                seriousness(incident),
                agencies.namesOf(List.of(incident.agencyCode())).get(incident.agencyCode()),
                systems.find(incident.systemCode()).map(s -> s.name()).orElse(null),
                clock.instant());
    }

    /** A stored attachment, for download; only for viewers who see the incident's details. */
    @Transactional(readOnly = true)
    public IncidentView.FileRow file(String reference, java.util.UUID ref) {
        var loaded = loader.visible(reference);
        if (!loaded.standing().seesDetails()) {
            throw new vn.khien.shared.ObjectNotFoundException("incident-file", ref.toString());
        }
        return loaded.incident().coordination().files().stream()
                .filter(f -> f.ref().equals(ref))
                .findFirst()
                .map(f ->
                        new IncidentView.FileRow(f.ref(), f.fileName(), f.sizeBytes(), f.uploadedBy(), f.uploadedAt()))
                .orElseThrow(() -> new vn.khien.shared.ObjectNotFoundException("incident-file", ref.toString()));
    }

    /** The store address of an attachment the viewer may download. */
    @Transactional(readOnly = true)
    public String fileHash(String reference, java.util.UUID ref) {
        file(reference, ref);
        return loader.visible(reference).incident().coordination().files().stream()
                .filter(f -> f.ref().equals(ref))
                .findFirst()
                .orElseThrow()
                .sha256();
    }

    public List<IncidentType> types() {
        return jdbc.sql("SELECT code, name_vi, name_en FROM incidents.incident_type ORDER BY position")
                .query(IncidentType.class)
                .list();
    }

    /** Each type's name in the reader's language, by code. */
    public Map<String, String> typeNames(java.util.Locale locale) {
        return types().stream().collect(java.util.stream.Collectors.toMap(IncidentType::code, t -> t.name(locale)));
    }

    private IncidentView.Seriousness seriousness(vn.khien.incidents.domain.Incident incident) {
        var c = incident.classification();
        var s = regime.assess(
                incident.detectedAt(), incident.systemCode(), c.effects(), c.ownerCannotCope(), c.nationalCritical());
        return new IncidentView.Seriousness(
                s.defined(),
                c.serious(),
                s.systemLevel(),
                s.systemQualifies(),
                s.effectQualifies(),
                s.ownerCannotCope(),
                s.legalReference(),
                s.awaitingConfirmation());
    }

    static String state(Instant dueAt, Instant metAt, Instant now) {
        if (metAt != null) {
            return metAt.isAfter(dueAt) ? "LATE" : "MET";
        }
        return now.isAfter(dueAt) ? "OVERDUE" : "RUNNING";
    }

    static Duration left(Instant dueAt, Instant metAt, Instant now) {
        return metAt == null && !now.isAfter(dueAt) ? Duration.between(now, dueAt) : null;
    }

    static boolean standingIsParty(Standing standing) {
        return standing == Standing.PARTY || standing == Standing.PARTY_CLEARED;
    }
}
