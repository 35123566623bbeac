package vn.khien.sharing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static vn.khien.support.Generators.cases;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.monitoring.ThreatIndicators;
import vn.khien.monitoring.ThreatIndicators.Observables;
import vn.khien.sharing.stix.IndicatorPattern;

/** The in-memory indicator set matches addresses, networks and domains, only while an indicator is valid. */
class IndicatorSetTests {

    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");

    private static IndicatorSet.Active indicator(String id, String pattern, Instant from, Instant until) {
        return new IndicatorSet.Active(
                id,
                id,
                null,
                from,
                until,
                IndicatorPattern.read(pattern, "stix").observables());
    }

    private static IndicatorSet.Active indicator(String id, String pattern) {
        return indicator(id, pattern, null, null);
    }

    private static List<String> matched(IndicatorSet set, Observables alert, Instant at) {
        return set.match(alert, at).stream()
                .map(ThreatIndicators.Hit::indicatorId)
                .toList();
    }

    private static Observables from(String srcIp) {
        return new Observables(srcIp, null, null, null);
    }

    @Test
    void anAddressInsideANetworkMatchesAndOneOutsideDoesNot() {
        cases(300)
                .forAll(
                        integers().between(0, 255),
                        integers().between(0, 255),
                        integers().between(8, 32))
                .checkAssert((a, b, bits) -> {
                    String network = "203.%d.%d.0".formatted(a, b);
                    IndicatorSet set = new IndicatorSet(
                            List.of(indicator("net", "[ipv4-addr:value ISSUBSET '%s/%d']".formatted(network, bits))));
                    long base = ThreatIndicators.ipv4(network)
                            & (bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL);
                    long last = base + (1L << (32 - bits)) - 1;
                    assertThat(matched(set, from(dotted(base)), NOW)).containsExactly("net");
                    assertThat(matched(set, from(dotted(last)), NOW)).containsExactly("net");
                    assertThat(matched(set, from(dotted((last + 1) & 0xFFFFFFFFL)), NOW))
                            .isEmpty();
                });
    }

    @Test
    void matchesDestinationsIpv6NetworksAndDomainsWhateverTheirCase() {
        IndicatorSet set = new IndicatorSet(List.of(
                indicator("v4", "[ipv4-addr:value = '198.51.100.7']"),
                indicator("v6", "[ipv6-addr:value ISSUBSET '2001:db8:bad::/48']"),
                indicator("dns", "[domain-name:value = 'evil.example.vn' OR url:value = 'https://x.vn/a']")));
        assertThat(matched(set, new Observables("10.0.0.1", "198.51.100.7", null, null), NOW))
                .containsExactly("v4");
        assertThat(matched(set, from("2001:db8:bad:1::5"), NOW)).containsExactly("v6");
        assertThat(matched(set, from("2001:db8:bae::5"), NOW)).isEmpty();
        assertThat(matched(set, new Observables(null, null, null, "Evil.Example.VN."), NOW))
                .containsExactly("dns");
        assertThat(matched(set, new Observables(null, null, "evil.example.vn", null), NOW))
                .containsExactly("dns");
        assertThat(matched(set, new Observables(null, null, null, "www.evil.example.vn"), NOW))
                .as("STIX = is equality: a subdomain is another name")
                .isEmpty();
    }

    @Test
    void anIndicatorMatchesOnlyWithinItsValidity() {
        IndicatorSet set = new IndicatorSet(List.of(indicator(
                "dated", "[ipv4-addr:value = '198.51.100.7']", NOW.minusSeconds(3600), NOW.plusSeconds(3600))));
        assertThat(matched(set, from("198.51.100.7"), NOW)).containsExactly("dated");
        assertThat(matched(set, from("198.51.100.7"), NOW.minusSeconds(3601))).isEmpty();
        assertThat(matched(set, from("198.51.100.7"), NOW.plusSeconds(3600))).isEmpty();
    }

    @Test
    void anIndicatorMatchingSeveralObservablesIsOneHit() {
        IndicatorSet set = new IndicatorSet(List.of(
                indicator("both", "[ipv4-addr:value = '198.51.100.7'] OR [ipv4-addr:value = '198.51.100.0/24']")));
        assertThat(matched(set, new Observables("198.51.100.7", "198.51.100.9", null, null), NOW))
                .containsExactly("both");
    }

    private static String dotted(long v) {
        return (v >>> 24) + "." + ((v >>> 16) & 255) + "." + ((v >>> 8) & 255) + "." + (v & 255);
    }
}
