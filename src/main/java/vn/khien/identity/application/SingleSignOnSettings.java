package vn.khien.identity.application;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.khien.identity.Role;

/**
 * How an OpenID Connect provider's claims become a Khiên account (docs/security.md, "Single sign-on").
 * The provider itself is Spring's {@code spring.security.oauth2.client.*}; without a registration there
 * is no single sign-on and these settings are not used.
 *
 * @param buttonName the provider's name on the login page ("Đăng nhập bằng …"); empty: the registration's
 * @param usernameClaim the claim that names the account in Khiên
 * @param groupsClaim the claim listing the person's groups (a list, or one string separated by commas or spaces)
 * @param agencyClaim the claim holding the code of the agency the person works for
 * @param unitsClaim the claim that, when {@code true}, extends the scope to the units below that agency
 * @param roleGroups per role, the groups that grant it, in addition to a group named as the role itself
 */
@ConfigurationProperties("khien.oidc")
public record SingleSignOnSettings(
        String buttonName,
        String usernameClaim,
        String groupsClaim,
        String agencyClaim,
        String unitsClaim,
        Map<Role, List<String>> roleGroups) {

    public SingleSignOnSettings {
        buttonName = buttonName == null ? "" : buttonName.strip();
        usernameClaim = orDefault(usernameClaim, "preferred_username");
        groupsClaim = orDefault(groupsClaim, "groups");
        agencyClaim = orDefault(agencyClaim, "khien_agency");
        unitsClaim = orDefault(unitsClaim, "khien_agency_units");
        roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SingleSignOnSettings.class)
    static class Enable {}
}
