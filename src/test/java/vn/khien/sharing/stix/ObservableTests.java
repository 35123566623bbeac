package vn.khien.sharing.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;
import static vn.khien.support.Generators.textsOf;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.khien.sharing.Interop;

/**
 * The observable parser recognises what a value is from its text alone and refuses the rest; patterns
 * built from it quote what they carry; an arriving STIX object is checked without ever throwing.
 */
class ObservableTests {

    @Test
    void everyIpv4AddressAndNetworkIsRecognisedAndPatterned() {
        cases(200)
                .forAll(
                        integers().between(0, 255),
                        integers().between(0, 255),
                        integers().between(0, 32))
                .checkAssert((a, b, prefix) -> {
                    String address = "10.%d.%d.1".formatted(a, b);
                    assertThat(Observable.parse(address).orElseThrow().pattern())
                            .isEqualTo("[ipv4-addr:value = '" + address + "']");
                    assertThat(Observable.parse(address + "/" + prefix)
                                    .orElseThrow()
                                    .pattern())
                            .isEqualTo("[ipv4-addr:value ISSUBSET '" + address + "/" + prefix + "']");
                });
    }

    @Test
    void hexOfAHashLengthIsAHashAndOtherLengthsAreRefused() {
        cases(200).forAll(textsOf("0123456789abcdefABCDEF", 1, 130)).checkAssert(hex -> {
            var parsed = Observable.parse(hex);
            switch (hex.length()) {
                case 32 -> assertThat(parsed.orElseThrow().kind()).isEqualTo(Observable.Kind.MD5);
                case 40 -> assertThat(parsed.orElseThrow().kind()).isEqualTo(Observable.Kind.SHA1);
                case 64 -> assertThat(parsed.orElseThrow().kind()).isEqualTo(Observable.Kind.SHA256);
                case 128 -> assertThat(parsed.orElseThrow().kind()).isEqualTo(Observable.Kind.SHA512);
                default -> assertThat(parsed).isEmpty();
            }
        });
    }

    @Test
    void anyTextIsEitherRefusedOrAnObservableWhosePatternQuotesIt() {
        cases(500)
                .forAll(anyTexts(80))
                .checkAssert(text -> Observable.parse(text)
                        .ifPresent(o -> assertThat(o.pattern())
                                .startsWith("[")
                                .endsWith("']")
                                .doesNotContain("\n")));
        assertThat(Observable.parse("https://a.example/x?q=' OR 1=1")).isEmpty();
        assertThat(Observable.parse("https://a.example/it's").orElseThrow().pattern())
                .isEqualTo("[url:value = 'https://a.example/it\\'s']");
        assertThat(Observable.parse("2001:db8::/32").orElseThrow().kind()).isEqualTo(Observable.Kind.IPV6);
        assertThat(Observable.parse("tên-miền.việt.nam").orElseThrow().kind()).isEqualTo(Observable.Kind.DOMAIN);
        assertThat(Observable.parse("300.1.1.1")).isEmpty();
        assertThat(Observable.parse("localhost")).isEmpty();
    }

    @Test
    void anyJsonArrivingIsStoredOrRefusedWithAReasonNeverThrown() {
        cases(300).forAll(anyTexts(60)).checkAssert(text -> {
            var node = Interop.JSON
                    .createObjectNode()
                    .put("type", "indicator")
                    .put("id", "indicator--" + java.util.UUID.randomUUID())
                    .put("created", text)
                    .put("modified", "2026-01-01T00:00:00Z");
            Object read = ReceivedObject.read(node, Instant.EPOCH);
            assertThat(read).isInstanceOfAny(ReceivedObject.class, ReceivedObject.Refusal.class);
        });
        assertThat(ReceivedObject.read(Interop.JSON.readTree("[1]"), Instant.EPOCH))
                .isInstanceOf(ReceivedObject.Refusal.class);
    }
}
