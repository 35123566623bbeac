package vn.khien.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    /** RFC 6238 appendix B: the SHA-1 key is the ASCII digits 1234567890 twice. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "at {0} s the RFC 6238 SHA-1 code is {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void eightDigitCodesMatchTheRfcTestVectors(long seconds, String expected) {
        assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(seconds)), 8))
                .isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheRfcVectors() {
        assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNotTwo() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        for (long offset = -1; offset <= 1; offset++) {
            assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + offset), now))
                    .isEqualTo(OptionalLong.of(step + offset));
        }
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2), now))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2), now))
                .isEmpty();
    }

    @Test
    void anythingButSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_KEY, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "2870822", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "28708a", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, null, now)).isEmpty();
    }

    @Test
    void base32RoundTripsEverySecretAndReadsTheRfcAlphabet() {
        qt().forAll(lists().of(integers().between(-128, 127)).ofSizeBetween(0, 40))
                .check(values -> {
                    byte[] bytes = new byte[values.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = values.get(i).byteValue();
                    }
                    return java.util.Arrays.equals(Base32.decode(Base32.encode(bytes)), bytes);
                });
        // RFC 4648 §10
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }
}
