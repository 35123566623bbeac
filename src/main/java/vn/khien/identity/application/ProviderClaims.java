package vn.khien.identity.application;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.khien.identity.Role;
import vn.khien.identity.application.SingleSignOnRefused.Reason;
import vn.khien.identity.domain.UserProfile;

/**
 * Reads the account a provider's claims describe: user name, name, e-mail, roles from groups, agency.
 * Whether the agency exists is for the caller to check; everything else is decided here.
 */
final class ProviderClaims {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,49}");

    private ProviderClaims() {}

    static UserProfile read(Map<String, Object> claims, SingleSignOnSettings settings) {
        String username = text(claims.get(settings.usernameClaim())).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new SingleSignOnRefused(Reason.BAD_USERNAME);
        }
        Set<Role> roles = roles(groups(claims.get(settings.groupsClaim())), settings);
        if (roles.isEmpty()) {
            throw new SingleSignOnRefused(Reason.NO_ROLE);
        }
        String agency = text(claims.get(settings.agencyClaim()));
        if (agency.isEmpty() && roles.stream().anyMatch(role -> !role.provinceWide())) {
            throw new SingleSignOnRefused(Reason.NO_AGENCY);
        }
        String name = text(claims.get("name"));
        String email = text(claims.get("email"));
        return new UserProfile(
                username,
                cut(name.isEmpty() ? username : name, 200),
                email.isEmpty() || email.length() > 254 ? null : email,
                roles,
                agency.isEmpty() ? null : agency,
                !agency.isEmpty() && isTrue(claims.get(settings.unitsClaim())));
    }

    /**
     * A group grants a role when configured for it, or when its last path segment is the role's name
     * (Keycloak sends {@code /khien/agency-officer} for a subgroup): case, hyphens and underscores aside.
     */
    static Set<Role> roles(Collection<String> groups, SingleSignOnSettings settings) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            List<String> configured = settings.roleGroups().getOrDefault(role, List.of());
            if (groups.stream().anyMatch(group -> configured.contains(group) || namesRole(group, role))) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static boolean namesRole(String group, Role role) {
        String last = group.substring(group.lastIndexOf('/') + 1);
        return last.replace('-', '_').equalsIgnoreCase(role.name());
    }

    private static List<String> groups(Object claim) {
        Stream<?> values = claim instanceof Collection<?> list
                ? list.stream()
                : claim instanceof String text ? Arrays.stream(text.split("[,\\s]+")) : Stream.empty();
        return values.map(ProviderClaims::text).filter(g -> !g.isEmpty()).toList();
    }

    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equalsIgnoreCase(text(claim));
    }

    private static String text(Object claim) {
        return claim == null ? "" : claim.toString().strip();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
