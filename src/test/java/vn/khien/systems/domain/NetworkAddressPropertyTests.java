package vn.khien.systems.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.khien.shared.InvalidInputException;
import vn.khien.systems.AssetKind;

/** The asset parser never fails in an unexpected way, and what it accepts it accepts again unchanged. */
class NetworkAddressPropertyTests {

    @Property
    void anyTextIsEitherNormalisedOrRefusedAsInvalidInput(@ForAll AssetKind kind, @ForAll String text) {
        try {
            String normal = NetworkAddresses.normalise(kind, text);
            assertThat(NetworkAddresses.normalise(kind, normal)).isEqualTo(normal);
        } catch (InvalidInputException expected) {
            assertThat(expected.problems()).extracting(p -> p.field()).containsOnly("value");
        }
    }

    @Property
    void everyIpv4NetworkIsAcceptedAndStable(
            @ForAll @IntRange(min = 0, max = 255) int a,
            @ForAll @IntRange(min = 0, max = 255) int b,
            @ForAll @IntRange(min = 0, max = 255) int c,
            @ForAll @IntRange(min = 0, max = 255) int d,
            @ForAll @IntRange(min = 0, max = 32) int prefix) {
        long address = ((long) a << 24) | (b << 16) | (c << 8) | d;
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        long network = address & mask;
        String text = (network >> 24) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "."
                + (network & 255) + "/" + prefix;
        assertThat(NetworkAddresses.normalise(AssetKind.CIDR, text)).isEqualTo(text);
    }

    @Property
    void aSingleAddressBecomesASlash32(
            @ForAll @IntRange(min = 0, max = 255) int a, @ForAll @IntRange(min = 0, max = 255) int d) {
        assertThat(NetworkAddresses.normalise(AssetKind.CIDR, a + ".0.0." + d)).isEqualTo(a + ".0.0." + d + "/32");
    }

    @Property
    void wellFormedDomainsAreAcceptedInLowerCase(@ForAll("domains") String domain) {
        assertThat(NetworkAddresses.normalise(AssetKind.DOMAIN, domain)).isEqualTo(domain.toLowerCase());
        assertThat(NetworkAddresses.normalise(AssetKind.HOSTNAME, domain)).isEqualTo(domain.toLowerCase());
    }

    @Provide
    Arbitrary<String> domains() {
        Arbitrary<String> label = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                .ofMinLength(1)
                .ofMaxLength(20);
        Arbitrary<String> top = Arbitraries.of("vn", "gov.vn", "com", "org.vn");
        return Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), top)
                .as((labels, tld) -> String.join(".", labels) + "." + tld);
    }
}
