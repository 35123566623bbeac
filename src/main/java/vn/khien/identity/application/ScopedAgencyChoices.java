package vn.khien.identity.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencySummary;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyChoices;
import vn.khien.identity.AgencyScope;

/** Filters the active agencies by the signed-in user's scope (see {@link AgencyChoices}). */
@Service
class ScopedAgencyChoices implements AgencyChoices {

    private final AgencyDirectory agencies;
    private final AccessPolicy policy;

    ScopedAgencyChoices(AgencyDirectory agencies, AccessPolicy policy) {
        this.agencies = agencies;
        this.policy = policy;
    }

    @Override
    public List<AgencySummary> inScope() {
        return inScopeAnd(Set.of());
    }

    @Override
    public List<AgencySummary> inScopeAnd(Set<AgencyKind> organisationKinds) {
        AgencyScope scope = policy.currentScope();
        if (scope.allAgencies()) {
            return agencies.listActive();
        }
        return agencies.listActive().stream()
                .filter(a -> scope.covers(a.code()) || organisationKinds.contains(a.kind()))
                .toList();
    }

    @Override
    public List<AgencySummary> search(String text, Set<AgencyKind> organisationKinds, int limit) {
        AgencyScope scope = policy.currentScope();
        return agencies.searchActive(text, scope.allAgencies(), scope.agencyCodes(), organisationKinds, limit);
    }

    @Override
    public Optional<AgencySummary> choice(String code, Set<AgencyKind> organisationKinds) {
        AgencyScope scope = policy.currentScope();
        return agencies.find(code == null ? "" : code.strip())
                .filter(a -> scope.covers(a.code()) || organisationKinds.contains(a.kind()));
    }
}
