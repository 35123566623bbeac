package vn.khien.sharing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.monitoring.IndicatorSightings;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;
import vn.khien.sharing.stix.IndicatorPattern;
import vn.khien.sharing.stix.Observable;
import vn.khien.sharing.stix.StixTime;

/**
 * A received indicator's page: the indicator as the newest version holds it, whether it matches alerts
 * now (or why not), and its sightings in the province. The response team sees every received indicator
 * and every sighting. Anyone else sees an indicator only once one of the alerts they may see matched it,
 * and then only those sightings (an agency its own); never one marked TLP:AMBER+STRICT or TLP:RED, which
 * TLP 2.0 keeps within the province's own organisation or its named recipients (404 otherwise).
 */
@Service
public class IndicatorQueries {

    private static final Set<String> RESPONSE_TEAM_ONLY = Set.of("AMBER_STRICT", "RED");

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final IndicatorSightings sightings;
    private final AgencyDirectory agencies;
    private final Clock clock;

    IndicatorQueries(
            JdbcClient jdbc, AccessPolicy access, IndicatorSightings sightings, AgencyDirectory agencies, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.sightings = sightings;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** Why an indicator does not match now: null when it does. */
    public enum Inactivity {
        REVOKED,
        NOT_YET_VALID,
        EXPIRED,
        NOT_MATCHABLE
    }

    public record IndicatorView(
            String stixId,
            String name,
            String description,
            String pattern,
            String patternType,
            String tlp,
            Instant validFrom,
            Instant validUntil,
            List<Observable> observables,
            String refusal,
            Inactivity inactivity,
            String collection,
            Instant dateAdded) {}

    /** A sighting with the owning agency's name. */
    public record SightingView(IndicatorSightings.Sighting sighting, String agencyName) {}

    public IndicatorView indicator(String stixId) {
        IndicatorView view = jdbc.sql("""
                        SELECT o.stix_id, o.tlp, o.body ->> 'name' AS name, o.body ->> 'description' AS description,
                               o.body ->> 'pattern' AS pattern, o.body ->> 'pattern_type' AS pattern_type,
                               o.body ->> 'valid_from' AS valid_from, o.body ->> 'valid_until' AS valid_until,
                               coalesce(o.body -> 'revoked' = 'true'::jsonb, false) AS revoked,
                               c.title, o.date_added
                          FROM sharing.stix_object o JOIN sharing.collection c ON c.id = o.collection_id
                         WHERE c.direction = 'INBOUND' AND o.type = 'indicator' AND o.stix_id = :id AND o.latest
                         ORDER BY o.version DESC LIMIT 1""")
                .param("id", stixId)
                .query((rs, n) -> {
                    IndicatorPattern read =
                            IndicatorPattern.read(rs.getString("pattern"), rs.getString("pattern_type"));
                    Instant from = StixTime.parse(rs.getString("valid_from")).orElse(null);
                    Instant until = StixTime.parse(rs.getString("valid_until")).orElse(null);
                    Instant now = clock.instant();
                    Inactivity inactivity = rs.getBoolean("revoked")
                            ? Inactivity.REVOKED
                            : !read.matchable()
                                    ? Inactivity.NOT_MATCHABLE
                                    : from != null && now.isBefore(from)
                                            ? Inactivity.NOT_YET_VALID
                                            : until != null && !now.isBefore(until) ? Inactivity.EXPIRED : null;
                    return new IndicatorView(
                            rs.getString("stix_id"),
                            rs.getString("name"),
                            rs.getString("description"),
                            rs.getString("pattern"),
                            rs.getString("pattern_type"),
                            rs.getString("tlp"),
                            from,
                            until,
                            read.observables(),
                            read.refusal(),
                            inactivity,
                            rs.getString("title"),
                            rs.getTimestamp("date_added").toInstant());
                })
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("received-indicator", stixId));
        if (!responseTeam()
                && ((view.tlp() != null && RESPONSE_TEAM_ONLY.contains(view.tlp()))
                        || sightings.of(stixId, Paging.of(0, 1)).total() == 0)) {
            throw new ObjectNotFoundException("received-indicator", stixId);
        }
        return view;
    }

    /** The sightings the viewer may see, newest first (the caller has loaded the indicator). */
    public PageResponse<SightingView> sightings(String stixId, Paging paging) {
        PageResponse<IndicatorSightings.Sighting> page = sightings.of(stixId, paging);
        Map<String, String> names = agencies.namesOf(page.items().stream()
                .map(IndicatorSightings.Sighting::ownerCode)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return new PageResponse<>(
                page.items().stream()
                        .map(s -> new SightingView(s, s.ownerCode() == null ? null : names.get(s.ownerCode())))
                        .toList(),
                page.page(),
                page.size(),
                page.total());
    }

    private boolean responseTeam() {
        Viewer viewer = access.currentViewer();
        return viewer.holds(Role.COORDINATOR_ADMIN, Role.RESPONDER);
    }
}
