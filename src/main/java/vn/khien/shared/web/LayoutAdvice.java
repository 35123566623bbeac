package vn.khien.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import vn.khien.shared.NavigationMenu;

/** Fills the page shell: the navigation this user may see and where they are. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final List<NavigationLink> links;

    LayoutAdvice(List<NavigationLink> links) {
        this.links = links.stream()
                .sorted(Comparator.comparingInt(NavigationLink::order))
                .toList();
    }

    /** The bar: stand-alone links and menus, each placed by its lowest link order. */
    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        Set<String> roles = currentRoles();
        if (roles == null) {
            return List.of();
        }
        Map<NavigationMenu, List<NavigationLink>> menus = new EnumMap<>(NavigationMenu.class);
        List<NavigationEntry> entries = new ArrayList<>();
        for (NavigationLink link : links) {
            if (!link.visibleTo(roles)) {
                continue;
            }
            if (link.menu() == null) {
                entries.add(new NavigationEntry(link.messageKey(), link.path(), link.order(), List.of()));
            } else {
                menus.computeIfAbsent(link.menu(), menu -> new ArrayList<>()).add(link);
            }
        }
        menus.forEach((menu, inMenu) -> entries.add(
                new NavigationEntry(menu.messageKey(), null, inMenu.get(0).order(), inMenu)));
        entries.sort(Comparator.comparingInt(NavigationEntry::order));
        return entries;
    }

    /** A stand-alone link ({@code path} set, no links) or a menu of links. */
    public record NavigationEntry(String messageKey, String path, int order, List<NavigationLink> links) {

        public boolean isMenu() {
            return path == null;
        }

        /** Whether the page shown is this link or one of this menu's. */
        public boolean contains(String requestPath) {
            return isMenu()
                    ? links.stream().anyMatch(link -> requestPath.startsWith(link.path()))
                    : requestPath.startsWith(path);
        }
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
