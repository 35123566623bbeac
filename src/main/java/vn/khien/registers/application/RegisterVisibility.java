package vn.khien.registers.application;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.shared.ObjectVisibility;

/** A register entry's audit history is visible to whoever may see the entry's agency. */
@Configuration(proxyBeanMethods = false)
class RegisterVisibility {

    private static final Map<String, String> TABLES = Map.of(
            ItPlanManagement.TYPE, "registers.it_plan",
            CredentialManagement.TYPE, "registers.credential",
            StaffManagement.TYPE, "registers.staff",
            AttestationManagement.TYPE, "registers.attestation",
            TelecomMeasures.TYPE, "registers.telecom_measure");

    @Bean
    ObjectVisibility itPlanVisibility(JdbcClient jdbc, RegisterAccess access) {
        return visibility(ItPlanManagement.TYPE, jdbc, access);
    }

    @Bean
    ObjectVisibility credentialVisibility(JdbcClient jdbc, RegisterAccess access) {
        return visibility(CredentialManagement.TYPE, jdbc, access);
    }

    @Bean
    ObjectVisibility staffVisibility(JdbcClient jdbc, RegisterAccess access) {
        return visibility(StaffManagement.TYPE, jdbc, access);
    }

    @Bean
    ObjectVisibility attestationVisibility(JdbcClient jdbc, RegisterAccess access) {
        return visibility(AttestationManagement.TYPE, jdbc, access);
    }

    @Bean
    ObjectVisibility telecomMeasureVisibility(JdbcClient jdbc, RegisterAccess access) {
        return visibility(TelecomMeasures.TYPE, jdbc, access);
    }

    private static ObjectVisibility visibility(String type, JdbcClient jdbc, RegisterAccess access) {
        String sql = "SELECT agency_code FROM " + TABLES.get(type) + " WHERE id = :id";
        return new ObjectVisibility() {
            @Override
            public String objectType() {
                return type;
            }

            @Override
            public boolean maySee(String objectId) {
                if (!objectId.matches("\\d{1,18}")) {
                    return false;
                }
                var viewer = access.viewer();
                return jdbc.sql(sql)
                        .param("id", Long.parseLong(objectId))
                        .query(String.class)
                        .optional()
                        .map(viewer::canSee)
                        .orElse(false);
            }
        };
    }
}
