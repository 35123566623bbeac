package vn.khien.shared;

import java.util.Set;

/**
 * An entry of the main navigation, declared as a bean by the module that serves the page. It is shown
 * to users holding one of {@code roles} (Spring authorities without the {@code ROLE_} prefix); an
 * empty set shows it to every signed-in user. The server still checks access on the page itself.
 */
public record NavigationLink(String messageKey, String path, int order, Set<String> roles) {

    public boolean visibleTo(Set<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
