package vn.khien.incidents.application;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.identity.ApiClient;
import vn.khien.identity.Role;
import vn.khien.incidents.Tlp;
import vn.khien.incidents.domain.Incident;

/**
 * Who sees which incident (issue 8 item 7). The response team and the coordinator see every incident;
 * the reporting agency its own; an organisation named as a party (or that reported it) sees it with
 * the fields above its cleared TLP hidden; a RED incident only the people named on it. Everyone else
 * gets 404. The same rule exists for one loaded incident and as an SQL condition for lists.
 */
@Component
class IncidentAccess {

    private final AccessPolicy policy;

    IncidentAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    Viewer viewer() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (policy.currentUserHas(role)) {
                roles.add(role);
            }
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = policy.currentApiClient()
                .map(ApiClient::actor)
                .orElse(authentication == null ? "system" : authentication.getName());
        return new Viewer(
                roles,
                policy.currentScope(),
                actor,
                authentication != null
                        && authentication.getPrincipal()
                                instanceof org.springframework.security.core.userdetails.UserDetails,
                policy.currentOrganisationCode().orElse(null));
    }

    /** The SQL condition "incident {@code i} is visible"; parameters from {@link #sqlParameters(Viewer)}. */
    static String visible(String i) {
        return """
                (CASE WHEN %1$s.tlp = 'RED'
                      THEN %1$s.reporter = :actor
                           OR EXISTS (SELECT 1 FROM incidents.incident_viewer v WHERE v.incident = %1$s.id AND v.username = :actor)
                      ELSE :team OR (:agencyRole AND %1$s.agency_code = ANY(:scope))
                           OR %1$s.reporter = :actor
                           OR (:organisation <> '' AND (%1$s.reporter_organisation = :organisation
                               OR EXISTS (SELECT 1 FROM incidents.incident_party p
                                          WHERE p.incident = %1$s.id AND p.organisation_code = :organisation)))
                 END)""".formatted(i);
    }

    static Map<String, Object> sqlParameters(Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        params.put("actor", viewer.actor());
        params.put("team", viewer.team());
        params.put("agencyRole", viewer.agencyRole());
        params.put(
                "scope",
                viewer.scope().allAgencies()
                        ? new String[0]
                        : viewer.scope().agencyCodes().toArray(String[]::new));
        params.put("organisation", viewer.organisation() == null ? "" : viewer.organisation());
        return params;
    }

    /** How much of one incident the viewer may see: nothing (404), a party's share, or all of it. */
    static Standing standing(Viewer viewer, Incident incident) {
        var coordination = incident.coordination();
        if (incident.classification().tlp() == Tlp.RED) {
            // TLP:RED is for named recipients: the people named on the incident and its reporter
            return coordination.viewers().contains(viewer.actor())
                            || incident.reporter().equals(viewer.actor())
                    ? Standing.FULL
                    : Standing.NONE;
        }
        boolean own = viewer.team()
                || (viewer.agencyRole() && viewer.scope().covers(incident.agencyCode()))
                || incident.reporter().equals(viewer.actor())
                || (viewer.organisation() != null && viewer.organisation().equals(incident.reporterOrganisation()));
        if (own) {
            return Standing.FULL;
        }
        return coordination.parties().stream()
                .filter(p ->
                        viewer.organisation() != null && viewer.organisation().equals(p.organisationCode()))
                .findFirst()
                .map(p -> incident.classification().tlp().within(p.clearedTlp())
                        ? Standing.PARTY_CLEARED
                        : Standing.PARTY)
                .orElse(Standing.NONE);
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

    /** One person's (or machine's) standing towards incidents, looked up once per request. */
    record Viewer(Set<Role> roles, AgencyScope scope, String actor, boolean isUser, String organisation) {

        /** The provincial response team and the coordinator: every incident, and its handling. */
        boolean team() {
            return roles.contains(Role.RESPONDER) || roles.contains(Role.COORDINATOR_ADMIN);
        }

        boolean agencyRole() {
            return (roles.contains(Role.AGENCY_OFFICER) || roles.contains(Role.AGENCY_HEAD)) && !scope.allAgencies();
        }

        boolean mayReport() {
            return team() || roles.contains(Role.AGENCY_OFFICER) || roles.contains(Role.PROVIDER) || !isUser;
        }
    }
}
