package vn.khien.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static vn.khien.support.Generators.cases;
import static vn.khien.support.Generators.charactersOf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.khien.support.Generators;

/** RFC 5545 text escaping and line folding: lossless for readers, and within 75 octets per line. */
class ICalendarTests {

    @Test
    void anyTextRoundTripsThroughEscapingFoldingAndUnfolding() {
        cases(300).forAll(texts()).checkAssert(text -> {
            String line = "DESCRIPTION:" + ICalendar.escape(text);
            String read = ICalendar.unfold(ICalendar.fold(line));

            assertThat(ICalendar.unescape(read.substring("DESCRIPTION:".length())))
                    .isEqualTo(text);
        });
    }

    @Test
    void foldedLinesStayWithin75OctetsAndNeverSplitACharacter() {
        cases(300).forAll(texts()).checkAssert(text -> {
            String folded = ICalendar.fold("SUMMARY:" + ICalendar.escape(text));

            for (String physical : folded.split("\r\n", -1)) {
                byte[] octets = physical.getBytes(StandardCharsets.UTF_8);
                assertThat(octets.length).isLessThanOrEqualTo(75);
                // each physical line decodes on its own: no UTF-8 sequence or surrogate pair was cut
                assertThat(new String(octets, StandardCharsets.UTF_8)).isEqualTo(physical);
                assertThat(physical.codePoints().noneMatch(c -> Character.isSurrogate((char) c)))
                        .isTrue();
            }
        });
    }

    private static Gen<String> texts() {
        Gen<Integer> codePoints = Generate.oneOf(
                charactersOf("\n;,\\ đệ"),
                integers().between(0x20, 0x7e),
                integers().between(0xa0, 0xd7ff),
                integers().between(0x1f300, 0x1faff));
        return Generators.texts(codePoints, 0, 200);
    }

    @Test
    void escapesTheCharactersRfc5545Reserves() {
        assertThat(ICalendar.escape("a,b;c\\d\r\ne\rf\u0007")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
    }

    @Test
    void writesAllDayEventsWithCrlfAndFoldedVietnameseText() {
        String summary = "Báo cáo định kỳ về bảo đảm an toàn thông tin mạng — Sở Nội vụ tỉnh, hạn nộp ngày 5 tháng 12";
        String ics = ICalendar.write(
                "Khiên",
                Instant.parse("2026-11-25T03:00:00Z"),
                List.of(new ICalendar.Event(
                        "abc@khien", LocalDate.of(2028, 2, 29), summary, "Quá hạn; Chỉ thị 14", "https://x/y")));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20280229\r\n", "DTEND;VALUE=DATE:20280301\r\n");
        assertThat(ics).contains("DTSTAMP:20261125T030000Z\r\n", "DESCRIPTION:Quá hạn\\; Chỉ thị 14\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith(" ")))
                .isNotEmpty();
        assertThat(ICalendar.unfold(ics)).contains("SUMMARY:" + ICalendar.escape(summary) + "\r\n");
    }
}
