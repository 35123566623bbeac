package vn.khien.registers.application;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
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
    static final RowAccess<Viewer, String> ENTRIES = Viewer.agencyRows("register", "agency_code");

    /**
     * The list parameters, refusing with 404 a filter on an agency the user may not see (a list or export
     * "of" a hidden agency must not answer differently from an unknown one).
     */
    static Map<String, Object> parameters(Viewer viewer, String agencyFilter) {
        String agency = Problems.clean(agencyFilter);
        if (agency != null) {
            ENTRIES.require(viewer, agency, "agency", agency);
        }
        var params = ENTRIES.parameters(viewer);
        params.put("agency", agency);
        return params;
    }

    static boolean canEdit(Viewer viewer, String agencyCode) {
        return viewer.coordinatorOr(agencyCode, Role.AGENCY_OFFICER);
    }

    /** 404 when not visible (never reveal existence), 403 when visible but read-only. */
    static void requireEditable(Viewer viewer, String type, Object id, String agencyCode) {
        ENTRIES.require(viewer, agencyCode, type, id);
        viewer.require(canEdit(viewer, agencyCode), "registers: read-only for this user");
    }

    @Bean
    ObjectVisibility registerVisibility(JdbcClient jdbc, AccessPolicy access) {
        Map<String, Predicate<String>> types = new HashMap<>();
        Map.of(
                        ItPlanManagement.TYPE, "registers.it_plan",
                        CredentialManagement.TYPE, "registers.credential",
                        StaffManagement.TYPE, "registers.staff",
                        AttestationManagement.TYPE, "registers.attestation",
                        TelecomMeasures.TYPE, "registers.telecom_measure")
                .forEach((type, table) -> {
                    Predicate<String> visible = ENTRIES.visibleTo(
                            access::currentViewer,
                            id -> jdbc.sql("SELECT agency_code FROM " + table + " WHERE id = :id")
                                    .param("id", Long.parseLong(id))
                                    .query(String.class)
                                    .optional());
                    types.put(type, id -> id.matches("\\d{1,18}") && visible.test(id));
                });
        return new ObjectVisibility(types);
    }
}
