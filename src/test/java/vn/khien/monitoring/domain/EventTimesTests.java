package vn.khien.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static vn.khien.support.Generators.cases;
import static vn.khien.support.Generators.textsOf;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The quick reading of the common timestamp shape agrees with the full formatter, shape by shape. */
class EventTimesTests {

    @Test
    void theQuickReadingAgreesWithTheFormatterOnWhatItReads() {
        cases(3000).forAll(timestamps()).checkAssert(text -> {
            Instant quick = EventTimes.commonShape(text);
            assertThat(quick).isNotNull();
            assertThat(quick).isEqualTo(EventTimes.withFormatter(text));
            assertThat(EventTimes.parse(text)).isEqualTo(quick);
        });
    }

    @Test
    void anyTimestampLikeTextReadsAsTheFormatterReadsIt() {
        cases(3000)
                .forAll(textsOf("0123456789-:+.TtZz ", 15, 36))
                .checkAssert(
                        text -> assertThat(EventTimes.parse(text)).isEqualTo(EventTimes.withFormatter(text.strip())));
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

    private static Gen<String> timestamps() {
        Gen<OffsetDateTime> times = longs().between(-2_000_000_000L, 4_000_000_000L)
                .zip(
                        integers().between(0, 999_999_999),
                        integers().between(-18 * 4, 18 * 4),
                        (seconds, nanos, quarters) -> Instant.ofEpochSecond(seconds, nanos)
                                .atOffset(ZoneOffset.ofTotalSeconds(quarters * 900)));
        Gen<Integer> digits = integers().between(0, 9);
        return times.zip(
                        digits,
                        Generate.pick(List.of("+HH:MM", "+HHMM", "Z")),
                        Generate.pick(List.of("T", "t", " ")),
                        (time, fraction, offset, separator) -> {
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
                .assuming(text -> !text.startsWith("-"));
    }
}
