package vn.khien.sharing.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import vn.khien.monitoring.ThreatIndicators;
import vn.khien.sharing.stix.Observable;

/**
 * The active indicators in memory, indexed so that matching an alert costs a few hash lookups: IPv4
 * addresses and networks by prefix length, domains exactly (STIX {@code =} is equality), IPv6 networks
 * in a short list. Immutable; built whole from the received indicators. An indicator outside its
 * {@code valid_from}/{@code valid_until} at the alert's time does not match, so expiry needs no rebuild.
 */
final class IndicatorSet {

    /** A received indicator that can match: its id, what to show, its TLP and validity. */
    record Active(
            String id, String label, String tlp, Instant validFrom, Instant validUntil, List<Observable> observables) {

        boolean activeAt(Instant at) {
            return (validFrom == null || !at.isBefore(validFrom)) && (validUntil == null || at.isBefore(validUntil));
        }
    }

    private record V6Range(byte[] network, int bits, Active indicator) {}

    static final IndicatorSet EMPTY = new IndicatorSet(List.of());

    @SuppressWarnings("unchecked")
    private final Map<Long, List<Active>>[] ipv4 = new Map[33];

    private final int[] prefixes;
    private final List<V6Range> ipv6 = new ArrayList<>();
    private final Map<String, List<Active>> names = new HashMap<>();
    private final int size;

    IndicatorSet(List<Active> indicators) {
        TreeSet<Integer> lengths = new TreeSet<>();
        for (Active indicator : indicators) {
            for (Observable o : indicator.observables()) {
                switch (o.kind()) {
                    case IPV4 -> lengths.add(addIpv4(o.value(), indicator));
                    case IPV6 -> addIpv6(o.value(), indicator);
                    case DOMAIN ->
                        names.computeIfAbsent(o.value(), k -> new ArrayList<>(1))
                                .add(indicator);
                    default -> {} // URLs and hashes: alerts do not carry them yet
                }
            }
        }
        prefixes = lengths.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        size = indicators.size();
    }

    int size() {
        return size;
    }

    /** Every active indicator one of the alert's observables matches, each once. */
    List<ThreatIndicators.Hit> match(ThreatIndicators.Observables alert, Instant at) {
        List<ThreatIndicators.Hit> hits = new ArrayList<>(0);
        address(alert.srcIp(), at, hits);
        address(alert.dstIp(), at, hits);
        name(alert.domain(), at, hits);
        name(alert.hostname(), at, hits);
        return hits;
    }

    private void address(String ip, Instant at, List<ThreatIndicators.Hit> hits) {
        if (ip == null || ip.isEmpty()) {
            return;
        }
        long v4 = ThreatIndicators.ipv4(ip);
        if (v4 >= 0) {
            for (int bits : prefixes) {
                add(ipv4[bits].get(v4 & mask(bits)), ip, at, hits);
            }
        } else if (!ipv6.isEmpty() && ip.indexOf(':') >= 0) {
            byte[] octets = ThreatIndicators.ipv6(ip);
            if (octets != null) {
                for (V6Range range : ipv6) {
                    if (within(octets, range.network(), range.bits())) {
                        add(List.of(range.indicator()), ip, at, hits);
                    }
                }
            }
        }
    }

    private void name(String name, Instant at, List<ThreatIndicators.Hit> hits) {
        if (name != null && !name.isEmpty() && !names.isEmpty()) {
            String lower = name.toLowerCase(Locale.ROOT);
            add(names.get(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower), name, at, hits);
        }
    }

    private static void add(List<Active> found, String value, Instant at, List<ThreatIndicators.Hit> hits) {
        if (found == null) {
            return;
        }
        for (Active a : found) {
            if (a.activeAt(at) && hits.stream().noneMatch(h -> h.indicatorId().equals(a.id()))) {
                hits.add(new ThreatIndicators.Hit(a.id(), a.label(), a.tlp(), value));
            }
        }
    }

    private int addIpv4(String cidr, Active indicator) {
        int slash = cidr.indexOf('/');
        int bits = slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1));
        long address = ThreatIndicators.ipv4(slash < 0 ? cidr : cidr.substring(0, slash));
        if (ipv4[bits] == null) {
            ipv4[bits] = new HashMap<>();
        }
        ipv4[bits]
                .computeIfAbsent(address & mask(bits), k -> new ArrayList<>(1))
                .add(indicator);
        return bits;
    }

    private void addIpv6(String cidr, Active indicator) {
        int slash = cidr.indexOf('/');
        byte[] network = ThreatIndicators.ipv6(slash < 0 ? cidr : cidr.substring(0, slash));
        if (network != null) {
            ipv6.add(new V6Range(network, slash < 0 ? 128 : Integer.parseInt(cidr.substring(slash + 1)), indicator));
        }
    }

    private static boolean within(byte[] address, byte[] network, int bits) {
        for (int i = 0; i < 16 && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((address[i] & mask) != (network[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static long mask(int bits) {
        return bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    }
}
