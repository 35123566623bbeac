package vn.khien.assessments.application;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.identity.Role;

/**
 * Who sees and does what in assessments (DESIGN.md §3). Province-wide roles see everything; the
 * owning agency's officers and head see their assessments and findings; an assessor sees only the
 * assessments assigned to their organisation and their findings. The same rule exists as a Java check
 * and as an SQL condition for lists; anything else answers 404.
 */
@Component
class AssessmentAccess {

    private final AccessPolicy policy;

    AssessmentAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    Viewer viewer() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (policy.currentUserHas(role)) {
                roles.add(role);
            }
        }
        return new Viewer(roles, policy.currentScope());
    }

    static String visibleAssessment(String a) {
        return """
                (:seeAll OR (:agencyRole AND %1$s.agency_code = ANY(:scope))
                 OR (:assessorRole AND %1$s.assessor_code = ANY(:scope)))""".formatted(a);
    }

    static String visibleFinding(String f) {
        return """
                (:seeAll OR (:agencyRole AND %1$s.agency_code = ANY(:scope))
                 OR (:assessorRole AND EXISTS (SELECT 1 FROM assessments.assessment v
                       WHERE v.id = %1$s.assessment_id AND v.assessor_code = ANY(:scope))))""".formatted(f);
    }

    Map<String, Object> sqlParameters() {
        Viewer viewer = viewer();
        Map<String, Object> params = new HashMap<>();
        params.put("seeAll", viewer.scope().allAgencies());
        params.put("agencyRole", viewer.agencyRole());
        params.put("assessorRole", viewer.roles().contains(Role.ASSESSOR));
        params.put("scope", viewer.scope().agencyCodes().toArray(String[]::new));
        return params;
    }

    static void allow(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("not allowed for this assessment");
        }
    }

    static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** One user's roles and scope, decided on the server for every object. */
    record Viewer(Set<Role> roles, AgencyScope scope) {

        boolean coordinator() {
            return roles.contains(Role.COORDINATOR_ADMIN);
        }

        boolean agencyRole() {
            return roles.contains(Role.AGENCY_OFFICER) || roles.contains(Role.AGENCY_HEAD);
        }

        boolean canSee(String agencyCode, String assessorCode) {
            return scope.allAgencies()
                    || (agencyRole() && scope.covers(agencyCode))
                    || (assessorCode != null && roles.contains(Role.ASSESSOR) && scope.covers(assessorCode));
        }

        /** Plans and new assessments: the coordinator, or an officer of the owning agency. */
        boolean canPlanFor(String agencyCode) {
            return coordinator() || (roles.contains(Role.AGENCY_OFFICER) && scope.covers(agencyCode));
        }

        /** Carrying out: the assigned organisation's assessors, or the coordinator recording it. */
        boolean canAssess(String assessorCode) {
            return coordinator() || (roles.contains(Role.ASSESSOR) && scope.covers(assessorCode));
        }

        /** The owning agency answers the report and remediates its findings. */
        boolean actsForAgency(String agencyCode) {
            return agencyRole() && scope.covers(agencyCode);
        }

        boolean canRemediate(String agencyCode) {
            return coordinator() || actsForAgency(agencyCode);
        }

        /** Accepting a risk is the head's decision, never an officer's. */
        boolean canAcceptRisk(String agencyCode) {
            return roles.contains(Role.AGENCY_HEAD) && scope.covers(agencyCode);
        }
    }
}
