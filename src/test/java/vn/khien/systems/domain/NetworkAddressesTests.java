package vn.khien.systems.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.khien.shared.InvalidInputException;
import vn.khien.systems.AssetKind;

class NetworkAddressesTests {

    @ParameterizedTest
    @CsvSource({
        "10.57.1.0/24, 10.57.1.0/24",
        "203.0.113.10, 203.0.113.10/32",
        " 192.0.2.0/28 , 192.0.2.0/28",
        "0.0.0.0/0, 0.0.0.0/0",
        "2001:db8::/32, 2001:db8:0:0:0:0:0:0/32",
        "2001:DB8::1, 2001:db8:0:0:0:0:0:1/128"
    })
    void rangesAndSingleAddressesAreNormalised(String input, String expected) {
        assertThat(NetworkAddresses.normalise(AssetKind.CIDR, input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.57.1.5/24",
                "10.300.0.0/16",
                "10.57.1.0/33",
                "010.1.1.1",
                "10.1.1",
                "host.hue.gov.vn",
                "::ffff:1.2.3.4",
                "2001:db8::/129",
                "1.2.3.4/",
                "1.2.3.4/-1",
                ".:",
                "1:2",
                ""
            })
    void badRangesAreRefusedOnTheValueField(String input) {
        assertThatThrownBy(() -> NetworkAddresses.normalise(AssetKind.CIDR, input))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("value"));
    }

    @Test
    void namesAreLowerCasedAndVietnameseNamesBecomePunycode() {
        assertThat(NetworkAddresses.normalise(AssetKind.HOSTNAME, "Mail.Hue.gov.vn."))
                .isEqualTo("mail.hue.gov.vn");
        assertThat(NetworkAddresses.normalise(AssetKind.HOSTNAME, "srv-01")).isEqualTo("srv-01");
        assertThat(NetworkAddresses.normalise(AssetKind.DOMAIN, "Huế.vn"))
                .startsWith("xn--")
                .endsWith(".vn");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-bad.hue.gov.vn",
                "bad-.hue.gov.vn",
                "a..b",
                "under_score.vn",
                "10.0.0.1",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            })
    void badHostNamesAreRefused(String input) {
        assertThatThrownBy(() -> NetworkAddresses.normalise(AssetKind.HOSTNAME, input))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "hue.123", "hue.gov.v", "http://hue.gov.vn"})
    void aDomainNeedsAtLeastTwoLabelsAndARealTopLevel(String input) {
        assertThatThrownBy(() -> NetworkAddresses.normalise(AssetKind.DOMAIN, input))
                .isInstanceOf(InvalidInputException.class);
    }
}
