package vn.khien.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.khien.identity.application.LoginThrottle;
import vn.khien.identity.application.SecondFactors;

/**
 * The steps after the password: the code that completes a sign-in, and the password or code that
 * confirms the user again before a sensitive action. A wrong answer counts like a wrong password
 * ({@link LoginThrottle}, and the audit trail records it as a failed sign-in); when the count locks the
 * name, the sign-in is abandoned: the session ends and the user starts again from the password, later.
 */
@Component
public class SecondFactorSignIn {

    /** How an answer went. */
    public enum Outcome {
        PASSED,
        WRONG,
        ABANDONED
    }

    private final SecondFactors secondFactors;
    private final LoginThrottle throttle;
    private final ThrottledSignIn passwords;
    private final SignedInSession session;
    private final ApplicationEventPublisher events;

    SecondFactorSignIn(
            SecondFactors secondFactors,
            LoginThrottle throttle,
            ThrottledSignIn passwords,
            SignedInSession session,
            ApplicationEventPublisher events) {
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.passwords = passwords;
        this.session = session;
        this.events = events;
    }

    /** A code (or recovery code) from the signed-in user: completes the sign-in or confirms it again. */
    public Outcome code(String code, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (throttle.isLocked(current.getName(), LoginThrottle.addressOf(current))) {
            return abandon(request);
        }
        if (!secondFactors.verify(code)) {
            return wrong(current, request);
        }
        throttle.secondFactorPassed(current);
        session.factorPassed(SignedInSession.TOTP_FACTOR, request, response);
        return Outcome.PASSED;
    }

    /** An enrolment was confirmed by a correct code: the session has its second factor. */
    public void enrolled(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        throttle.secondFactorPassed(current);
        session.factorPassed(SignedInSession.TOTP_FACTOR, request, response);
    }

    /** The password again, for a user without an authenticator, before a sensitive action. */
    public Outcome password(String password, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(current.getName(), password);
        attempt.setDetails(current.getDetails());
        try {
            passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            return wrong(current, request);
        } catch (AuthenticationException e) {
            return abandon(request);
        }
        session.factorPassed(FactorGrantedAuthority.PASSWORD_AUTHORITY, request, response);
        return Outcome.PASSED;
    }

    /** The page the user was on their way to when asked, once: a local path. */
    public String continueTarget(HttpServletRequest request) {
        HttpSession httpSession = request.getSession(false);
        Object target = httpSession == null ? null : httpSession.getAttribute(SecondFactorFilter.CONTINUE);
        if (httpSession != null) {
            httpSession.removeAttribute(SecondFactorFilter.CONTINUE);
        }
        return target instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : "/";
    }

    private Outcome wrong(Authentication current, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(current.getName(), null);
        attempt.setDetails(current.getDetails());
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                attempt, new BadCredentialsException("wrong second factor")));
        return throttle.isLocked(current.getName(), LoginThrottle.addressOf(current))
                ? abandon(request)
                : Outcome.WRONG;
    }

    private Outcome abandon(HttpServletRequest request) {
        session.end(request);
        return Outcome.ABANDONED;
    }
}
