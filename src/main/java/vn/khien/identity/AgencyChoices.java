package vn.khien.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencySummary;

/**
 * The agencies a page may offer the signed-in user to pick from. The docs promise that a guessed
 * agency code reveals nothing (issue 15), so an agency-scoped user is offered only the agencies in
 * their scope; province-wide roles are offered the whole registry.
 */
public interface AgencyChoices {

    /** Organisations that provide security services: providers, telecom operators, assessors. */
    Set<AgencyKind> SECURITY_SERVICES =
            Set.of(AgencyKind.SERVICE_PROVIDER, AgencyKind.TELECOM_OPERATOR, AgencyKind.ASSESSMENT_ORGANISATION);

    /** Active agencies in the user's scope (all of them for a province-wide role), in name order. */
    List<AgencySummary> inScope();

    /**
     * The agencies in scope and the outside organisations of the given kinds, such as assessment
     * organisations for an assessment or providers for a service: never other agencies.
     */
    List<AgencySummary> inScopeAnd(Set<AgencyKind> organisationKinds);

    /** The same choices, narrowed to those whose code or name contains the text (accents ignored). */
    List<AgencySummary> search(String text, Set<AgencyKind> organisationKinds, int limit);

    /** One of the same choices by its code; empty when it is not one the user may pick. */
    Optional<AgencySummary> choice(String code, Set<AgencyKind> organisationKinds);
}
