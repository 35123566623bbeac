package vn.khien.monitoring.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.khien.monitoring.domain.IpAddresses;
import vn.khien.monitoring.domain.NormalisedAlert;
import vn.khien.systems.MonitoredAsset;
import vn.khien.systems.SystemDirectory;

/**
 * The network assets of every system in memory, so that mapping an alert costs a few hash lookups:
 * IPv4 ranges by prefix length (most specific first), host names exactly, domains by suffix. Rebuilt
 * whole from one query when assets or arrangements change; readers see the old or the new snapshot.
 *
 * <p>Issue 23: the map is per node, and a change made on another node reaches this one's listeners
 * only there. So a snapshot older than {@code khien.monitoring.asset-index.max-age} is rebuilt by the
 * next reader (one at a time; the others go on with the old one): a change made elsewhere holds here
 * within that time.
 */
@Component
public class AssetIndex {

    private final SystemDirectory systems;
    private final long maxAgeNanos;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile Snapshot snapshot = new Snapshot(List.of());

    AssetIndex(SystemDirectory systems, @Value("${khien.monitoring.asset-index.max-age:PT1M}") Duration maxAge) {
        this.systems = systems;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public void refresh() {
        snapshot = new Snapshot(systems.monitoredAssets());
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (System.nanoTime() - s.builtAt > maxAgeNanos && rebuilding.compareAndSet(false, true)) {
            try {
                refresh();
                s = snapshot;
            } finally {
                rebuilding.set(false);
            }
        }
        return s;
    }

    /** The system an alert is about: its host name, destination, source, then its domain. */
    public SystemTarget find(NormalisedAlert alert) {
        Snapshot s = current();
        SystemTarget target = s.byName(alert.hostname());
        if (target == null) {
            target = s.byAddress(alert.dstIp());
        }
        if (target == null) {
            target = s.byAddress(alert.srcIp());
        }
        if (target == null) {
            target = s.byName(alert.domain());
        }
        return target;
    }

    /** Codes of the systems the organisations serve (arrangement, owner or operator). */
    public Set<String> systemsServedBy(Set<String> organisations) {
        Set<String> codes = new HashSet<>();
        for (SystemTarget target : current().targets.values()) {
            if (target.servedBy().stream().anyMatch(organisations::contains)) {
                codes.add(target.systemCode());
            }
        }
        return codes;
    }

    private static final class Snapshot {

        private final long builtAt = System.nanoTime();
        private final Map<String, SystemTarget> targets = new HashMap<>();

        @SuppressWarnings("unchecked")
        private final Map<Long, SystemTarget>[] ipv4 = new Map[33];

        private final Map<String, SystemTarget> hosts = new HashMap<>();
        private final Map<String, SystemTarget> domains = new HashMap<>();
        private final List<Object[]> others = new ArrayList<>(); // IPv6 ranges: {cidr text, target}, rare

        Snapshot(List<MonitoredAsset> assets) {
            for (MonitoredAsset a : assets) {
                SystemTarget target = targets.computeIfAbsent(
                        a.systemCode(),
                        c -> new SystemTarget(c, a.ownerCode(), a.approvedLevel(), Set.copyOf(a.servedBy())));
                String value = a.value().toLowerCase(Locale.ROOT);
                switch (a.kind()) {
                    case HOSTNAME -> hosts.putIfAbsent(value, target);
                    case DOMAIN -> domains.putIfAbsent(value, target);
                    case CIDR -> addRange(value, target);
                }
            }
        }

        private void addRange(String cidr, SystemTarget target) {
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            long v4 = IpAddresses.ipv4(address);
            if (v4 < 0) {
                others.add(new Object[] {cidr, target});
                return;
            }
            int bits = slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1));
            if (ipv4[bits] == null) {
                ipv4[bits] = new HashMap<>();
            }
            ipv4[bits].putIfAbsent(v4 & mask(bits), target);
        }

        SystemTarget byAddress(String ip) {
            if (ip == null) {
                return null;
            }
            long v4 = IpAddresses.ipv4(ip);
            if (v4 < 0) {
                return Ipv6Ranges.find(others, ip);
            }
            for (int bits = 32; bits >= 0; bits--) {
                if (ipv4[bits] != null) {
                    SystemTarget t = ipv4[bits].get(v4 & mask(bits));
                    if (t != null) {
                        return t;
                    }
                }
            }
            return null;
        }

        SystemTarget byName(String name) {
            if (name == null || name.isEmpty()) {
                return null;
            }
            String n = name.toLowerCase(Locale.ROOT);
            SystemTarget t = hosts.get(n);
            String suffix = n;
            while (t == null && suffix != null) {
                t = domains.get(suffix);
                int dot = suffix.indexOf('.');
                suffix = dot < 0 ? null : suffix.substring(dot + 1);
            }
            return t;
        }

        private static long mask(int bits) {
            return bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        }
    }
}
