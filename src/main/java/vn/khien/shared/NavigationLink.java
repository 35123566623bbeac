package vn.khien.shared;

import java.util.Set;

/**
 * An entry of the main navigation, declared as a bean by the module that serves the page. It is shown
 * to users holding one of {@code roles} (Spring authorities without the {@code ROLE_} prefix); an
 * empty set shows it to every signed-in user. The server still checks access on the page itself.
 * Links are ordered by {@code order} within their {@code menu}; a link without a menu stands alone in
 * the bar.
 */
public record NavigationLink(String messageKey, String path, int order, Set<String> roles, NavigationMenu menu) {

    public NavigationLink(String messageKey, String path, int order, Set<String> roles) {
        this(messageKey, path, order, roles, null);
    }

    public boolean visibleTo(Set<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
