package vn.khien.monitoring.application;

import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.ObjectVisibility;
import vn.khien.shared.RowAccess;

/**
 * Who sees which alerts: province-wide roles all; an agency the alerts on its systems; a provider
 * those it sent and those on systems it serves; dead letters to the organisation that sent them.
 * Promotion to an incident (and the promotion rules' history) is for the coordinator and responders.
 */
@Configuration(proxyBeanMethods = false)
public class AlertAccess {

    /** The viewer with the systems its organisations serve, read once from the asset index. */
    record Served(Viewer viewer, Set<String> systems) {}

    static final RowAccess<Served, RollupRow> ROLLUPS = RowAccess.<Served, RollupRow>rows("rollup")
            .everyRow(s -> s.viewer().seesEveryAgency())
            .column("owner_code", RollupRow::ownerCode, s -> s.viewer().scope().agencyCodes())
            .column(
                    "organisation_code",
                    RollupRow::organisationCode,
                    s -> s.viewer().scope().agencyCodes())
            .column("system_code", RollupRow::systemCode, Served::systems);

    static final RowAccess<Viewer, String> DEAD_LETTERS = Viewer.agencyRows("letter", "organisation_code");

    private final AccessPolicy policy;
    private final AssetIndex index;

    AlertAccess(AccessPolicy policy, AssetIndex index) {
        this.policy = policy;
        this.index = index;
    }

    Map<String, Object> sqlParameters() {
        Viewer viewer = policy.currentViewer();
        return ROLLUPS.parameters(
                new Served(viewer, index.systemsServedBy(viewer.scope().agencyCodes())));
    }

    Map<String, Object> deadLetterParameters() {
        return DEAD_LETTERS.parameters(policy.currentViewer());
    }

    /** The coordinator and responders promote alerts to incidents; to anyone else promoting does not exist (404). */
    boolean isCoordinator() {
        return policy.currentViewer().holds(Role.COORDINATOR_ADMIN, Role.RESPONDER);
    }

    void checkMayPromote() {
        if (!isCoordinator()) {
            throw new ObjectNotFoundException("alert-rollup", "promote");
        }
    }

    @Bean
    ObjectVisibility alertVisibility(AlertQueries queries) {
        return ObjectVisibility.of("alert-rollup", id -> queries.rollup(Long.parseLong(id)) != null)
                .and("promotion-rule", id -> isCoordinator());
    }
}
