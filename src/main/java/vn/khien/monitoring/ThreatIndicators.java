package vn.khien.monitoring;

import java.time.Instant;
import java.util.List;
import vn.khien.monitoring.domain.IpAddresses;

/**
 * A port the intake calls for every alert: the active threat indicators its observables match. The
 * sharing module implements it with the indicators received from the national centre and peers, so
 * monitoring never depends on sharing (sharing depends on monitoring). Implementations answer from
 * memory: the intake calls this once per alert and must not wait for a query.
 */
public interface ThreatIndicators {

    /** What an alert carries that an indicator may name; fields a tool does not give are null. */
    record Observables(String srcIp, String dstIp, String hostname, String domain) {}

    /**
     * An indicator an alert matched: its STIX id, a label to show (its name or pattern), its TLP level
     * name (null if unmarked) and the observable value that matched.
     */
    record Hit(String indicatorId, String label, String tlp, String observable) {}

    /** The indicators active at {@code at} that the observables match; empty when none. */
    List<Hit> match(Observables observables, Instant at);

    /**
     * An IPv4 literal as a number, -1 for anything else: implementations index addresses exactly as the
     * intake reads them.
     */
    static long ipv4(String address) {
        return IpAddresses.ipv4(address);
    }

    /** The 16 octets of an IPv6 literal, null for anything else (never a name lookup). */
    static byte[] ipv6(String address) {
        byte[] octets = address.indexOf(':') < 0 ? null : IpAddresses.octets(address);
        return octets != null && octets.length == 16 ? octets : null;
    }

    /** No indicators at all: the intake without the sharing module (and in slices). */
    ThreatIndicators NONE = (observables, at) -> List.of();
}
