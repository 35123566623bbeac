package vn.khien.sharing;

import java.time.Duration;
import java.time.Instant;

/**
 * Layer 4 of the four-layer model as it works, not as declared: whether the province has a working
 * exchange with the national monitoring centre, i.e. a successful pull from a remote collection stored
 * under the national centre's API root within the period ({@code khien.sharing.national-exchange.window},
 * 24 hours by default: a provincial setting, no text fixes it).
 */
public interface NationalExchange {

    /**
     * @param working a successful pull within {@code window}
     * @param lastSuccess the last successful pull from the national centre, null if never
     * @param configured whether any remote collection of the national centre is configured
     */
    record Status(boolean working, Instant lastSuccess, boolean configured, Duration window) {}

    Status status();
}
