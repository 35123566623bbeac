package vn.khien.sharing.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;
import static vn.khien.support.Generators.textsOf;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The pattern reader takes back every pattern Khiên builds, alone or joined by OR in either form, and
 * reads anything else as "not matchable" with a reason, never with an exception.
 */
class IndicatorPatternTests {

    /** IPv4 addresses and networks, IPv6 addresses, domains, URLs and the four hashes. */
    static Gen<Observable> observables() {
        Gen<Observable> ipv4 = integers()
                .between(0, 255)
                .zip(
                        integers().between(0, 255),
                        integers().between(-1, 32),
                        (a, b, prefix) -> "198.%d.%d.7%s".formatted(a, b, prefix < 0 ? "" : "/" + prefix))
                .map(IndicatorPatternTests::observable);
        Gen<Observable> ipv6 =
                integers().between(0, 0xffff).map(n -> observable("2001:db8::" + Integer.toHexString(n)));
        Gen<Observable> domain =
                textsOf("abcdefghijklmnopqrstuvwxyz0123456789", 1, 20).map(label -> observable(label + ".example.vn"));
        Gen<Observable> url = textsOf("abcdefghijklmnopqrstuvwxyz0123456789/'-_", 0, 30)
                .map(path -> observable("https://evil.example.com/" + path));
        Gen<Observable> hash = Generate.pick(List.of(32, 40, 64, 128))
                .zip(textsOf("0123456789abcdef", 1, 1), (length, digit) -> observable(digit.repeat(length)));
        return Generate.oneOf(ipv4, ipv6, domain, url, hash);
    }

    private static Observable observable(String text) {
        return Observable.parse(text).orElseThrow(() -> new IllegalStateException(text));
    }

    @Test
    void everyPatternKhienBuildsReadsBackAsItsObservable() {
        cases(300).forAll(observables()).checkAssert(o -> {
            IndicatorPattern read = IndicatorPattern.read(o.pattern(), "stix");
            assertThat(read.refusal()).isNull();
            assertThat(read.observables()).containsExactly(o);
        });
    }

    @Test
    void observationsAndComparisonsJoinedByOrReadAsAllTheirObservables() {
        cases(200).forAll(lists().of(observables()).ofSizeBetween(1, 6)).checkAssert(list -> {
            String observations = list.stream().map(Observable::pattern).collect(Collectors.joining(" OR "));
            String comparisons = "["
                    + list.stream()
                            .map(o -> o.pattern().substring(1, o.pattern().length() - 1))
                            .collect(Collectors.joining(" OR "))
                    + "]";
            assertThat(IndicatorPattern.read(observations, null).observables()).isEqualTo(list);
            assertThat(IndicatorPattern.read(comparisons, null).observables()).isEqualTo(list);
        });
    }

    @Test
    void andFollowedByAndQualifiersAreNotMatchableAndSaySo() {
        cases(200)
                .forAll(observables(), observables(), Generate.pick(List.of(" AND ", " FOLLOWEDBY ")))
                .checkAssert((a, b, join) -> {
                    String inside = "[" + body(a) + join + body(b) + "]";
                    String between = a.pattern() + join + b.pattern();
                    String qualified = a.pattern() + " WITHIN 300 SECONDS";
                    for (String pattern : List.of(inside, between, qualified)) {
                        IndicatorPattern read = IndicatorPattern.read(pattern, "stix");
                        assertThat(read.matchable()).as(pattern).isFalse();
                        assertThat(read.observables()).isEmpty();
                        assertThat(read.refusal()).isNotBlank();
                    }
                });
    }

    @Test
    void anyTextIsReadWithoutThrowingAndIsMatchableOnlyWithObservables() {
        cases(1000).forAll(anyTexts(200)).checkAssert(text -> {
            IndicatorPattern read = IndicatorPattern.read(text, "stix");
            assertThat(read.matchable()).isEqualTo(!read.observables().isEmpty());
            assertThat(read.matchable() || !read.refusal().isBlank()).isTrue();
        });
    }

    @Test
    void patternsInTheGrammarsCharactersAreReadWithoutThrowing() {
        cases(1000)
                .forAll(textsOf("[]' =:.-/\\ORANDISUBETv46ipdomaneurlfhs0123456789", 0, 60))
                .checkAssert(
                        text -> assertThat(IndicatorPattern.read(text, null)).isNotNull());
    }

    @Test
    void refusesOtherObjectsOperatorsValuesAndPatternLanguages() {
        assertThat(IndicatorPattern.read("[email-addr:value = 'a@b.vn']", "stix")
                        .refusal())
                .contains("email-addr:value");
        assertThat(IndicatorPattern.read("[ipv4-addr:value != '1.2.3.4']", "stix")
                        .refusal())
                .contains("only = and ISSUBSET");
        assertThat(IndicatorPattern.read("[domain-name:value LIKE '%.vn']", "stix")
                        .matchable())
                .isFalse();
        assertThat(IndicatorPattern.read("[ipv4-addr:value = 'not.an.address']", "stix")
                        .refusal())
                .contains("not a valid value");
        assertThat(IndicatorPattern.read("[file:hashes.'SHA-256' = 'abc']", "stix")
                        .matchable())
                .isFalse();
        assertThat(IndicatorPattern.read("[domain-name:value ISSUBSET 'evil.vn']", "stix")
                        .matchable())
                .isFalse();
        assertThat(IndicatorPattern.read("alert tcp any any -> any any", "snort")
                        .refusal())
                .contains("snort");
        assertThat(IndicatorPattern.read("([ipv4-addr:value = '1.2.3.4'])", "stix")
                        .matchable())
                .isFalse();
    }

    @Test
    void readsTheOasisExamplesOfTheSupportedSubset() {
        assertThat(IndicatorPattern.read("[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f']", "stix")
                        .observables())
                .containsExactly(new Observable(Observable.Kind.MD5, "cead3f77f6cda6ec00f57d76c9a6879f"));
        assertThat(IndicatorPattern.read(
                                "[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32']", "stix")
                        .observables())
                .extracting(Observable::value)
                .containsExactly("198.51.100.1/32", "203.0.113.33/32");
        assertThat(IndicatorPattern.read("[domain-name:value = 'Example.COM']", "stix")
                        .observables())
                .containsExactly(new Observable(Observable.Kind.DOMAIN, "example.com"));
    }

    private static String body(Observable o) {
        return o.pattern().substring(1, o.pattern().length() - 1);
    }
}
