package vn.khien.identity.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.khien.identity.Role;
import vn.khien.identity.application.KhienUser;

/** The name shown in the shell's user menu, and whether the user only reads (no "Thực hiện" buttons). */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    @ModelAttribute("currentUserName")
    String currentUserName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KhienUser user) {
            return user.displayName();
        }
        return null;
    }

    /** An observer holding no other role reads everything and acts on nothing: pages hide action buttons. */
    @ModelAttribute("readOnlyViewer")
    boolean readOnlyViewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        // roles only: the factors a sign-in proved (FACTOR_PASSWORD, FACTOR_TOTP) are authorities too
        var roles = authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_"))
                .toList();
        return !roles.isEmpty() && roles.stream().allMatch(Role.OBSERVER.authority()::equals);
    }
}
