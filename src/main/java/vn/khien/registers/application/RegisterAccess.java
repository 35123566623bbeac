package vn.khien.registers.application;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.ObjectVisibility;
import vn.khien.shared.RowAccess;

/**
 * Who sees and changes which agency's registers (DESIGN.md §3). Province-wide roles read everything;
 * others read the agencies of their scope. Agency officers keep their own agencies' registers; the
 * coordinator keeps any and alone decides exceptions and attestations. An entry's audit history is
 * visible to whoever may see the entry's agency.
 */
@Configuration(proxyBeanMethods = false)
class RegisterAccess {

    /** Every register row names its agency in {@code agency_code}. */
    static final RowAccess<Viewer, String> ENTRIES = RowAccess.<Viewer, String>rows("register")
            .everyRow(Viewer::seesEveryAgency)
            .column("agency_code", agencyCode -> agencyCode, v -> v.scope().agencyCodes());

    /**
     * The list parameters, refusing with 404 a filter on an agency the user may not see (a list or export
     * "of" a hidden agency must not answer differently from an unknown one).
     */
    static Map<String, Object> parameters(Viewer viewer, String agencyFilter) {
        String agency = Problems.clean(agencyFilter);
        if (agency != null && !canSee(viewer, agency)) {
            throw new ObjectNotFoundException("agency", agency);
        }
        var params = ENTRIES.parameters(viewer);
        params.put("agency", agency);
        return params;
    }

    static boolean canSee(Viewer viewer, String agencyCode) {
        return ENTRIES.allows(viewer, agencyCode);
    }

    /** 404 for an entry of an agency this user may not know about. */
    static void requireVisible(Viewer viewer, String type, Object id, String agencyCode) {
        if (!canSee(viewer, agencyCode)) {
            throw new ObjectNotFoundException(type, String.valueOf(id));
        }
    }

    static boolean canEdit(Viewer viewer, String agencyCode) {
        return viewer.coordinatorOr(agencyCode, Role.AGENCY_OFFICER);
    }

    /** 404 when not visible (never reveal existence), 403 when visible but read-only. */
    static void requireEditable(Viewer viewer, String type, Object id, String agencyCode) {
        requireVisible(viewer, type, id, agencyCode);
        if (!canEdit(viewer, agencyCode)) {
            throw new AccessDeniedException("registers: read-only for this user");
        }
    }

    static void requireCoordinator(Viewer viewer) {
        if (!viewer.coordinator()) {
            throw new AccessDeniedException("registers: decisions are the coordinator's");
        }
    }

    @Bean
    ObjectVisibility itPlanVisibility(JdbcClient jdbc, AccessPolicy access) {
        return history(ItPlanManagement.TYPE, "registers.it_plan", jdbc, access);
    }

    @Bean
    ObjectVisibility credentialVisibility(JdbcClient jdbc, AccessPolicy access) {
        return history(CredentialManagement.TYPE, "registers.credential", jdbc, access);
    }

    @Bean
    ObjectVisibility staffVisibility(JdbcClient jdbc, AccessPolicy access) {
        return history(StaffManagement.TYPE, "registers.staff", jdbc, access);
    }

    @Bean
    ObjectVisibility attestationVisibility(JdbcClient jdbc, AccessPolicy access) {
        return history(AttestationManagement.TYPE, "registers.attestation", jdbc, access);
    }

    @Bean
    ObjectVisibility telecomMeasureVisibility(JdbcClient jdbc, AccessPolicy access) {
        return history(TelecomMeasures.TYPE, "registers.telecom_measure", jdbc, access);
    }

    private static ObjectVisibility history(String type, String table, JdbcClient jdbc, AccessPolicy access) {
        String sql = "SELECT agency_code FROM " + table + " WHERE id = :id";
        return ObjectVisibility.of(
                type,
                id -> id.matches("\\d{1,18}")
                        && jdbc.sql(sql)
                                .param("id", Long.parseLong(id))
                                .query(String.class)
                                .optional()
                                .filter(agency -> canSee(access.currentViewer(), agency))
                                .isPresent());
    }
}
