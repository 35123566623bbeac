package vn.khien.shared;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first administrator, demo province) as a named system actor with the
 * coordinator's rights, so that the same access checks and the same audit trail apply to it.
 */
public final class SystemActor {

    private SystemActor() {}

    public static void run(String task, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system:" + task, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
