package vn.khien.systems.application;

import static vn.khien.identity.Role.AGENCY_HEAD;
import static vn.khien.identity.Role.AGENCY_OFFICER;
import static vn.khien.identity.Role.ASSESSOR;
import static vn.khien.identity.Role.PROVIDER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Viewer;
import vn.khien.shared.ObjectVisibility;
import vn.khien.shared.RowAccess;
import vn.khien.systems.domain.InformationSystem;
import vn.khien.systems.domain.InformationSystemRepository;
import vn.khien.systems.domain.ServiceArrangement;

/**
 * Who sees and changes which system (DESIGN.md §3). Province-wide roles read everything; agency roles
 * see systems their agencies own or operate; providers and assessors see systems they serve. The
 * coordinator decides for every agency; an agency officer edits the systems of their agencies.
 */
@Configuration(proxyBeanMethods = false)
class SystemAccess {

    static final RowAccess<Viewer, InformationSystem> SYSTEMS = RowAccess.<Viewer, InformationSystem>rows("system")
            .everyRow(Viewer::seesEveryAgency)
            .column("owner_code", s -> s.facts().ownerCode(), v -> v.agenciesAs(AGENCY_OFFICER, AGENCY_HEAD))
            .column("operator_code", s -> s.facts().operatorCode(), v -> v.agenciesAs(AGENCY_OFFICER, AGENCY_HEAD))
            .linked(
                    "systems.service_arrangement",
                    "information_system",
                    "id",
                    "provider_code",
                    s -> s.arrangements().stream()
                            .map(ServiceArrangement::providerCode)
                            .toList(),
                    v -> v.agenciesAs(PROVIDER, ASSESSOR));

    static boolean canEdit(Viewer viewer, InformationSystem system) {
        return viewer.coordinatorOr(system.facts().ownerCode(), AGENCY_OFFICER)
                || viewer.actsFor(system.facts().operatorCode(), AGENCY_OFFICER);
    }

    /** The system with this code, if the viewer may see it; otherwise 404 as for an unknown code. */
    static InformationSystem visible(Viewer viewer, InformationSystemRepository systems, String code) {
        return SYSTEMS.find(viewer, systems.findByCode(code), "information-system", code);
    }

    /** A system's history (its changes and its dossiers' steps) is visible to whoever may see the system. */
    @Bean
    ObjectVisibility systemVisibility(InformationSystemRepository systems, AccessPolicy access) {
        return ObjectVisibility.of("information-system", SYSTEMS.visibleTo(access::currentViewer, systems::findByCode));
    }
}
