package vn.khien.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The quick reading of the common timestamp shape agrees with the full formatter, shape by shape. */
class EventTimesTests {

    @Property(tries = 3000)
    void theQuickReadingAgreesWithTheFormatterOnWhatItReads(@ForAll("timestamps") String text) {
        Instant quick = EventTimes.commonShape(text);
        assertThat(quick).isNotNull();
        assertThat(quick).isEqualTo(EventTimes.withFormatter(text));
        assertThat(EventTimes.parse(text)).isEqualTo(quick);
    }

    @Property(tries = 3000)
    void anyTimestampLikeTextReadsAsTheFormatterReadsIt(@ForAll("noise") String text) {
        assertThat(EventTimes.parse(text)).isEqualTo(EventTimes.withFormatter(text.strip()));
    }

    @Test
    void readsTheShapesToolsWrite() {
        assertThat(EventTimes.parse("2026-11-25T08:00:00.123456+0700")).isEqualTo("2026-11-25T01:00:00.123456Z");
        assertThat(EventTimes.parse("2026-11-25 08:00:00Z")).isEqualTo("2026-11-25T08:00:00Z");
        assertThat(EventTimes.parse("2028-02-29T23:59:59.999999999-05:30")).isEqualTo("2028-03-01T05:29:59.999999999Z");
        assertThat(EventTimes.parse("2026-02-30T08:00:00Z"))
                .isEqualTo(EventTimes.withFormatter("2026-02-30T08:00:00Z"));
        assertThat(EventTimes.parse("2026-11-25T08:00:00")).isNull();
        assertThat(EventTimes.parse("1764054000")).isEqualTo("2025-11-25T07:00:00Z");
    }

    @Provide
    Arbitrary<String> timestamps() {
        Arbitrary<OffsetDateTime> times = Combinators.combine(
                        Arbitraries.longs().between(-2_000_000_000L, 4_000_000_000L),
                        Arbitraries.integers().between(0, 999_999_999),
                        Arbitraries.integers().between(-18 * 4, 18 * 4))
                .as((seconds, nanos, quarters) ->
                        Instant.ofEpochSecond(seconds, nanos).atOffset(ZoneOffset.ofTotalSeconds(quarters * 900)));
        Arbitrary<Integer> digits = Arbitraries.integers().between(0, 9);
        return Combinators.combine(times, digits, Arbitraries.of("+HH:MM", "+HHMM", "Z"), Arbitraries.of("T", "t", " "))
                .as((time, fraction, offset, separator) -> {
                    String date = "%04d-%02d-%02d%s%02d:%02d:%02d"
                            .formatted(
                                    time.getYear(),
                                    time.getMonthValue(),
                                    time.getDayOfMonth(),
                                    separator,
                                    time.getHour(),
                                    time.getMinute(),
                                    time.getSecond());
                    String nanos = "%09d".formatted(time.getNano()).substring(0, fraction);
                    int total = time.getOffset().getTotalSeconds();
                    String zone = offset.equals("Z") && total == 0
                            ? "Z"
                            : "%s%02d%s%02d"
                                    .formatted(
                                            total < 0 ? "-" : "+",
                                            Math.abs(total) / 3600,
                                            offset.equals("+HH:MM") ? ":" : "",
                                            Math.abs(total) / 60 % 60);
                    return date + (fraction == 0 ? "" : "." + nanos) + zone;
                })
                .filter(text -> !text.startsWith("-"));
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings()
                .withChars("0123456789-:+.TtZz ")
                .ofMinLength(15)
                .ofMaxLength(36);
    }
}
