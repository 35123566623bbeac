package vn.khien.agencies.application;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.khien.agencies.AgencyKind;

/**
 * When a focal point needs attention: which kinds of agency must have them (state agencies and the
 * members of the incident-response network), and after how many months without re-confirmation a
 * contact counts as stale.
 */
@ConfigurationProperties("khien.agencies.focal-points")
public record FocalPointSettings(int reconfirmMonths, Set<AgencyKind> requiredKinds) {

    public FocalPointSettings {
        reconfirmMonths = reconfirmMonths <= 0 ? 12 : reconfirmMonths;
        requiredKinds = requiredKinds == null || requiredKinds.isEmpty()
                ? Set.of(
                        AgencyKind.PROVINCIAL_COMMITTEE,
                        AgencyKind.PROVINCIAL_DEPARTMENT,
                        AgencyKind.DISTRICT_COMMITTEE,
                        AgencyKind.COMMUNE_COMMITTEE,
                        AgencyKind.PUBLIC_SERVICE_UNIT,
                        AgencyKind.PROVINCIAL_POLICE,
                        AgencyKind.MILITARY_COMMAND,
                        AgencyKind.TELECOM_OPERATOR,
                        AgencyKind.COORDINATOR)
                : Set.copyOf(requiredKinds);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(FocalPointSettings.class)
    static class Enable {}
}
