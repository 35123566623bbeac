package vn.khien.monitoring.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.identity.Role;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Who sees which alerts: province-wide roles all; an agency the alerts on its systems; a provider
 * those it sent and those on systems it serves. The same rule as a Java check and as SQL.
 */
@Component
public class AlertAccess {

    private final AccessPolicy policy;
    private final AssetIndex index;

    AlertAccess(AccessPolicy policy, AssetIndex index) {
        this.policy = policy;
        this.index = index;
    }

    /** The viewer's scope: every alert, or the agencies and served systems it covers. */
    record Viewer(boolean all, Set<String> codes, Set<String> served) {

        boolean maySee(String ownerCode, String organisationCode, String systemCode) {
            return all || codes.contains(ownerCode) || codes.contains(organisationCode) || served.contains(systemCode);
        }
    }

    Viewer viewer() {
        AgencyScope scope = policy.currentScope();
        if (scope.allAgencies()) {
            return new Viewer(true, Set.of(), Set.of());
        }
        return new Viewer(false, scope.agencyCodes(), index.systemsServedBy(scope.agencyCodes()));
    }

    /** The roll-ups the viewer sees, for a WHERE clause over {@code alias}. */
    static String visible(String alias) {
        return "(:all OR %1$s.owner_code = ANY(:codes) OR %1$s.organisation_code = ANY(:codes)".formatted(alias)
                + " OR %s.system_code = ANY(:served))".formatted(alias);
    }

    Map<String, Object> sqlParameters() {
        Viewer viewer = viewer();
        Map<String, Object> params = new HashMap<>();
        params.put("all", viewer.all());
        params.put("codes", viewer.codes().toArray(String[]::new));
        params.put("served", viewer.served().toArray(String[]::new));
        return params;
    }

    /** Promotion to an incident is for the coordinator and responders. */
    void checkMayPromote() {
        if (!policy.currentUserHas(Role.COORDINATOR_ADMIN) && !policy.currentUserHas(Role.RESPONDER)) {
            throw new ObjectNotFoundException("alert-rollup", "promote");
        }
    }

    boolean isCoordinator() {
        return policy.currentUserHas(Role.COORDINATOR_ADMIN) || policy.currentUserHas(Role.RESPONDER);
    }
}
