package vn.khien.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.khien.monitoring.AlertSeverity;

/** Every parser answers for any input, and reads back the key fields of events written in its format. */
class ParserPropertyTests {

    private static final AlertParser[] PARSERS = {
        new WazuhParser(), new SuricataEveParser(), new SyslogParser(), new CefParser(), new GenericJsonParser(Map.of())
    };

    @Property(tries = 2000)
    void anyTextGetsAnAlertOrAReason(@ForAll("noise") String line) {
        for (AlertParser parser : PARSERS) {
            ParseOutcome outcome = parser.parse(line);
            assertThat(outcome.ok() || outcome.reason() != null).isTrue();
        }
    }

    @Property(tries = 300)
    void wazuhAlertsRoundTrip(
            @ForAll("ids") String rule, @ForAll("ipv4") String src, @ForAll @IntRange(max = 15) int level) {
        String line = "{\"timestamp\":\"2026-11-25T08:00:00.000+0700\",\"rule\":{\"level\":%d,\"id\":\"%s\"},"
                        .formatted(level, rule)
                + "\"agent\":{\"name\":\"web-01\"},\"data\":{\"srcip\":\"" + src + "\"}}";
        NormalisedAlert alert = new WazuhParser().parse(line).alert();
        assertThat(alert.ruleId()).isEqualTo(rule);
        assertThat(alert.srcIp()).isEqualTo(src);
        assertThat(alert.hostname()).isEqualTo("web-01");
        assertThat(alert.severity()).isEqualTo(WazuhParser.severity(level));
        assertThat(alert.eventTime()).isEqualTo("2026-11-25T01:00:00Z");
    }

    @Property(tries = 300)
    void suricataAlertsRoundTrip(
            @ForAll("ipv4") String src, @ForAll("ipv4") String dst, @ForAll @IntRange(min = 1, max = 65535) int port) {
        String line = ("{\"timestamp\":\"2026-11-25T08:00:00.123456+0700\",\"event_type\":\"alert\",\"src_ip\":\"%s\","
                        + "\"dest_ip\":\"%s\",\"dest_port\":%d,\"proto\":\"TCP\",\"alert\":{\"signature_id\":2001219,"
                        + "\"signature\":\"ET SCAN\",\"severity\":1}}")
                .formatted(src, dst, port);
        NormalisedAlert alert = new SuricataEveParser().parse(line).alert();
        assertThat(alert.srcIp()).isEqualTo(src);
        assertThat(alert.dstIp()).isEqualTo(dst);
        assertThat(alert.dstPort()).isEqualTo(port);
        assertThat(alert.ruleId()).isEqualTo("2001219");
        assertThat(alert.severity()).isEqualTo(AlertSeverity.HIGH);
    }

    @Property(tries = 300)
    void syslogRoundTrips(
            @ForAll @IntRange(max = 191) int pri, @ForAll("ids") String app, @ForAll("words") String msg) {
        String rfc5424 = "<%d>1 2026-11-25T01:02:03.5Z host-1 %s - - - %s".formatted(pri, app, msg);
        String bsd = "<%d>Nov  5 01:02:03 host-1 %s: %s".formatted(pri, app, msg);
        for (String line : new String[] {rfc5424, bsd}) {
            NormalisedAlert alert = new SyslogParser().parse(line).alert();
            assertThat(alert.ruleId()).isEqualTo(app);
            assertThat(alert.hostname()).isEqualTo("host-1");
            assertThat(alert.severity()).isEqualTo(SyslogParser.severity(pri & 7));
        }
    }

    @Property(tries = 300)
    void cefRoundTripsEscapedValues(
            @ForAll("words") String name, @ForAll("ipv4") String src, @ForAll("words") String msg) {
        String escapedName = name.replace("\\", "\\\\").replace("|", "\\|");
        String escapedMsg = msg.replace("\\", "\\\\").replace("=", "\\=");
        String line = "CEF:0|Vendor|Product|1.0|100|%s|8|src=%s msg=%s".formatted(escapedName, src, escapedMsg);
        NormalisedAlert alert = new CefParser().parse(line).alert();
        assertThat(alert.ruleName()).isEqualTo(name.strip());
        assertThat(alert.srcIp()).isEqualTo(src);
        assertThat(alert.severity()).isEqualTo(AlertSeverity.HIGH);
        assertThat(CefParser.extension("src=%s msg=%s".formatted(src, escapedMsg))
                        .get("msg"))
                .isEqualTo(msg.strip());
    }

    @Property(tries = 300)
    void genericJsonRoundTrips(
            @ForAll("ids") String rule, @ForAll("ipv4") String dst, @ForAll @IntRange(min = 1, max = 4) int rank) {
        String line =
                "{\"rule\":{\"id\":\"%s\"},\"destination\":{\"ip\":\"%s\"},\"severity\":%d}".formatted(rule, dst, rank);
        NormalisedAlert alert = new GenericJsonParser(Map.of()).parse(line).alert();
        assertThat(alert.ruleId()).isEqualTo(rule);
        assertThat(alert.dstIp()).isEqualTo(dst);
        assertThat(alert.severity()).isEqualTo(AlertSeverity.ofRank(rank));
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> syntax = Arbitraries.strings()
                .withChars("<>{}[]\":,|=\\ -.0123456789CEF1TZ")
                .ofMaxLength(120);
        Arbitrary<String> prefixed = Combinators.combine(
                        Arbitraries.of(
                                "<13>1 ", "<34>Oct 11 22:14:15 ", "CEF:0|", "{\"rule\":", "{\"event_type\":\"alert\","),
                        syntax)
                .as(String::concat);
        return Arbitraries.oneOf(any, syntax, prefixed);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings()
                .withChars("abcxyz ĐđÁá0123|=\\")
                .ofMinLength(1)
                .ofMaxLength(40)
                .filter(s -> !s.isBlank() && !s.startsWith("BOM") && !s.contains("CEF:"));
    }

    @Provide
    Arbitrary<String> ipv4() {
        return Arbitraries.integers()
                .between(0, 255)
                .list()
                .ofSize(4)
                .map(p -> p.get(0) + "." + p.get(1) + "." + p.get(2) + "." + p.get(3));
    }
}
