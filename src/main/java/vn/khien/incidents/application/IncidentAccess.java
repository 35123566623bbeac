package vn.khien.incidents.application;

import static vn.khien.identity.Role.AGENCY_HEAD;
import static vn.khien.identity.Role.AGENCY_OFFICER;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.incidents.IncidentChanged;
import vn.khien.incidents.Tlp;
import vn.khien.incidents.domain.Incident;
import vn.khien.shared.ObjectVisibility;
import vn.khien.shared.RowAccess;

/**
 * Who sees which incident (issue 8 item 7). The response team and the coordinator see every incident;
 * the reporting agency its own; an organisation named as a party (or that reported it) sees it with
 * the fields above its cleared TLP hidden; a RED incident only the people named on it. Everyone else
 * gets 404. An incident's audit history is visible to whoever sees its details.
 */
@Configuration(proxyBeanMethods = false)
class IncidentAccess {

    /** TLP:RED is for named recipients: the people named on the incident and its reporter. */
    static final RowAccess<Viewer, Incident> NAMED = RowAccess.<Viewer, Incident>rows("named")
            .column("reporter", Incident::reporter, Viewer::self)
            .linked(
                    "incidents.incident_viewer",
                    "incident",
                    "id",
                    "username",
                    i -> i.coordination().viewers(),
                    Viewer::self);

    /** The owner side: the team, the reporting agency, the reporter and its organisation. */
    static final RowAccess<Viewer, Incident> OWN = RowAccess.<Viewer, Incident>rows("own")
            .everyRow(IncidentAccess::team)
            .column("agency_code", Incident::agencyCode, v -> v.agenciesAs(AGENCY_OFFICER, AGENCY_HEAD))
            .column("reporter", Incident::reporter, Viewer::self)
            .column("reporter_organisation", Incident::reporterOrganisation, Viewer::ownOrganisation);

    /** Who sees an incident that is not RED: the owner side, and the organisations named as parties. */
    private static final RowAccess<Viewer, Incident> SEEN = OWN.named("seen")
            .linked(
                    "incidents.incident_party",
                    "incident",
                    "id",
                    "organisation_code",
                    i -> i.coordination().parties().stream()
                            .map(p -> p.organisationCode())
                            .toList(),
                    Viewer::ownOrganisation);

    /** The SQL condition "incident {@code i} is visible"; parameters from {@link #sqlParameters(Viewer)}. */
    static String visible(String i) {
        return "(CASE WHEN %s.tlp = :tlp_red THEN %s ELSE %s END)".formatted(i, NAMED.where(i), SEEN.where(i));
    }

    static Map<String, Object> sqlParameters(Viewer viewer) {
        Map<String, Object> params = NAMED.parameters(viewer);
        params.putAll(SEEN.parameters(viewer));
        params.put("tlp_red", Tlp.RED.name());
        return params;
    }

    /** How much of one incident the viewer may see: nothing (404), a party's share, or all of it. */
    static Standing standing(Viewer viewer, Incident incident) {
        Tlp tlp = incident.classification().tlp();
        if (tlp == Tlp.RED) {
            return NAMED.allows(viewer, incident) ? Standing.FULL : Standing.NONE;
        }
        if (OWN.allows(viewer, incident)) {
            return Standing.FULL;
        }
        return incident.coordination().parties().stream()
                .filter(p -> viewer.ownOrganisation().contains(p.organisationCode()))
                .findFirst()
                .map(p -> tlp.within(p.clearedTlp()) ? Standing.PARTY_CLEARED : Standing.PARTY)
                .orElse(Standing.NONE);
    }

    /** The provincial response team and the coordinator: every incident, and its handling. */
    static boolean team(Viewer viewer) {
        return viewer.holds(Role.RESPONDER, Role.COORDINATOR_ADMIN);
    }

    static boolean mayReport(Viewer viewer) {
        return team(viewer) || viewer.holds(AGENCY_OFFICER, Role.PROVIDER) || !viewer.person();
    }

    @Bean
    ObjectVisibility incidentVisibility(IncidentLoader loader) {
        return ObjectVisibility.of(
                IncidentChanged.OBJECT_TYPE, id -> loader.visible(id).standing().seesDetails());
    }

    /** FULL: owner side and team; PARTY_CLEARED: a party cleared for the incident's TLP; PARTY: fields hidden. */
    enum Standing {
        NONE,
        PARTY,
        PARTY_CLEARED,
        FULL;

        boolean seesDetails() {
            return this == FULL || this == PARTY_CLEARED;
        }
    }
}
