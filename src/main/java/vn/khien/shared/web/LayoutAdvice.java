package vn.khien.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.khien.shared.NavigationLink;

/** Fills the page shell: the navigation this user may see and where they are. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final List<NavigationLink> links;

    LayoutAdvice(List<NavigationLink> links) {
        this.links = links.stream()
                .sorted(Comparator.comparingInt(NavigationLink::order))
                .toList();
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation() {
        Set<String> roles = currentRoles();
        return roles == null
                ? List.of()
                : links.stream().filter(l -> l.visibleTo(roles)).toList();
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Roles of the signed-in user without the {@code ROLE_} prefix, or null for a visitor. */
    static Set<String> currentRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toSet());
    }
}
