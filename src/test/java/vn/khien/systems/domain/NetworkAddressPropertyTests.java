package vn.khien.systems.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;
import static vn.khien.support.Generators.textsOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.khien.shared.InvalidInputException;
import vn.khien.systems.AssetKind;

/** The asset parser never fails in an unexpected way, and what it accepts it accepts again unchanged. */
class NetworkAddressPropertyTests {

    private static final Gen<Integer> OCTETS = integers().between(0, 255);

    @Test
    void anyTextIsEitherNormalisedOrRefusedAsInvalidInput() {
        cases(1000)
                .forAll(arbitrary().enumValues(AssetKind.class), anyTexts(255))
                .checkAssert((kind, text) -> {
                    try {
                        String normal = NetworkAddresses.normalise(kind, text);
                        assertThat(NetworkAddresses.normalise(kind, normal)).isEqualTo(normal);
                    } catch (InvalidInputException expected) {
                        assertThat(expected.problems())
                                .extracting(p -> p.field())
                                .containsOnly("value");
                    }
                });
    }

    @Test
    void everyIpv4NetworkIsAcceptedAndStable() {
        cases(1000)
                .forAll(lists().of(OCTETS).ofSize(4), integers().between(0, 32))
                .checkAssert((octets, prefix) -> {
                    long address =
                            ((long) octets.get(0) << 24) | (octets.get(1) << 16) | (octets.get(2) << 8) | octets.get(3);
                    long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
                    long network = address & mask;
                    String text = (network >> 24) + "." + ((network >> 16) & 255) + "." + ((network >> 8) & 255) + "."
                            + (network & 255) + "/" + prefix;
                    assertThat(NetworkAddresses.normalise(AssetKind.CIDR, text)).isEqualTo(text);
                });
    }

    @Test
    void aSingleAddressBecomesASlash32() {
        cases(1000)
                .forAll(OCTETS, OCTETS)
                .checkAssert((a, d) -> assertThat(NetworkAddresses.normalise(AssetKind.CIDR, a + ".0.0." + d))
                        .isEqualTo(a + ".0.0." + d + "/32"));
    }

    @Test
    void wellFormedDomainsAreAcceptedInLowerCase() {
        cases(1000).forAll(domains()).checkAssert(domain -> {
            assertThat(NetworkAddresses.normalise(AssetKind.DOMAIN, domain)).isEqualTo(domain.toLowerCase());
            assertThat(NetworkAddresses.normalise(AssetKind.HOSTNAME, domain)).isEqualTo(domain.toLowerCase());
        });
    }

    private static Gen<String> domains() {
        Gen<String> label = textsOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1, 20);
        Gen<String> top = Generate.pick(List.of("vn", "gov.vn", "com", "org.vn"));
        return lists().of(label).ofSizeBetween(1, 3).zip(top, (labels, tld) -> String.join(".", labels) + "." + tld);
    }
}
