package vn.khien.support;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.khien.identity.application.Totp;

/**
 * The authenticator apps of the test run's users (one JVM, one database): each learns a secret from the
 * enrolment page, as a person types it, and gives each time step's code once at most, since Khiên refuses
 * a code whose step was used (tests sign in as the same user many times a minute).
 */
public final class Authenticators {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private Authenticators() {}

    public static void learn(String username, String shownSecret) {
        SECRETS.put(username, shownSecret.replace(" ", ""));
        LAST_STEP.remove(username);
    }

    public static boolean knows(String username) {
        return SECRETS.containsKey(username);
    }

    /** The code of a step not used yet: the current one or the next (within Khiên's window), else waits. */
    public static synchronized String nextCode(String username) {
        long now = Totp.stepAt(Instant.now());
        long step = Math.max(now, LAST_STEP.getOrDefault(username, Long.MIN_VALUE) + 1);
        while (step > Totp.stepAt(Instant.now()) + 1) {
            sleep();
        }
        LAST_STEP.put(username, step);
        return Totp.code(SECRETS.get(username), step);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
