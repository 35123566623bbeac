package vn.khien.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;
import static vn.khien.support.Generators.textsOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.khien.monitoring.AlertSeverity;

/** Every parser answers for any input, and reads back the key fields of events written in its format. */
class ParserPropertyTests {

    private static final AlertParser[] PARSERS = {
        new WazuhParser(), new SuricataEveParser(), new SyslogParser(), new CefParser(), new GenericJsonParser(Map.of())
    };

    @Test
    void anyTextGetsAnAlertOrAReason() {
        cases(2000).forAll(noise()).checkAssert(line -> {
            for (AlertParser parser : PARSERS) {
                ParseOutcome outcome = parser.parse(line);
                assertThat(outcome.ok() || outcome.reason() != null).isTrue();
            }
        });
    }

    @Test
    void wazuhAlertsRoundTrip() {
        cases(300).forAll(ids(), ipv4(), integers().between(0, 15)).checkAssert((rule, src, level) -> {
            String line = "{\"timestamp\":\"2026-11-25T08:00:00.000+0700\",\"rule\":{\"level\":%d,\"id\":\"%s\"},"
                            .formatted(level, rule)
                    + "\"agent\":{\"name\":\"web-01\"},\"data\":{\"srcip\":\"" + src + "\"}}";
            NormalisedAlert alert = new WazuhParser().parse(line).alert();
            assertThat(alert.ruleId()).isEqualTo(rule);
            assertThat(alert.srcIp()).isEqualTo(src);
            assertThat(alert.hostname()).isEqualTo("web-01");
            assertThat(alert.severity()).isEqualTo(WazuhParser.severity(level));
            assertThat(alert.eventTime()).isEqualTo("2026-11-25T01:00:00Z");
        });
    }

    @Test
    void suricataAlertsRoundTrip() {
        cases(300).forAll(ipv4(), ipv4(), integers().between(1, 65535)).checkAssert((src, dst, port) -> {
            String line =
                    ("{\"timestamp\":\"2026-11-25T08:00:00.123456+0700\",\"event_type\":\"alert\",\"src_ip\":\"%s\","
                                    + "\"dest_ip\":\"%s\",\"dest_port\":%d,\"proto\":\"TCP\",\"alert\":{\"signature_id\":2001219,"
                                    + "\"signature\":\"ET SCAN\",\"severity\":1}}")
                            .formatted(src, dst, port);
            NormalisedAlert alert = new SuricataEveParser().parse(line).alert();
            assertThat(alert.srcIp()).isEqualTo(src);
            assertThat(alert.dstIp()).isEqualTo(dst);
            assertThat(alert.dstPort()).isEqualTo(port);
            assertThat(alert.ruleId()).isEqualTo("2001219");
            assertThat(alert.severity()).isEqualTo(AlertSeverity.HIGH);
        });
    }

    @Test
    void syslogRoundTrips() {
        cases(300).forAll(integers().between(0, 191), ids(), words()).checkAssert((pri, app, msg) -> {
            String rfc5424 = "<%d>1 2026-11-25T01:02:03.5Z host-1 %s - - - %s".formatted(pri, app, msg);
            String bsd = "<%d>Nov  5 01:02:03 host-1 %s: %s".formatted(pri, app, msg);
            for (String line : new String[] {rfc5424, bsd}) {
                NormalisedAlert alert = new SyslogParser().parse(line).alert();
                assertThat(alert.ruleId()).isEqualTo(app);
                assertThat(alert.hostname()).isEqualTo("host-1");
                assertThat(alert.severity()).isEqualTo(SyslogParser.severity(pri & 7));
            }
        });
    }

    @Test
    void cefRoundTripsEscapedValues() {
        cases(300).forAll(words(), ipv4(), words()).checkAssert((name, src, msg) -> {
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
        });
    }

    @Test
    void genericJsonRoundTrips() {
        cases(300).forAll(ids(), ipv4(), integers().between(1, 4)).checkAssert((rule, dst, rank) -> {
            String line = "{\"rule\":{\"id\":\"%s\"},\"destination\":{\"ip\":\"%s\"},\"severity\":%d}"
                    .formatted(rule, dst, rank);
            NormalisedAlert alert = new GenericJsonParser(Map.of()).parse(line).alert();
            assertThat(alert.ruleId()).isEqualTo(rule);
            assertThat(alert.dstIp()).isEqualTo(dst);
            assertThat(alert.severity()).isEqualTo(AlertSeverity.ofRank(rank));
        });
    }

    private static Gen<String> noise() {
        Gen<String> syntax = textsOf("<>{}[]\":,|=\\ -.0123456789CEF1TZ", 0, 120);
        Gen<String> prefixed = Generate.pick(
                        List.of("<13>1 ", "<34>Oct 11 22:14:15 ", "CEF:0|", "{\"rule\":", "{\"event_type\":\"alert\","))
                .zip(syntax, String::concat);
        return Generate.oneOf(anyTexts(300), syntax, prefixed);
    }

    private static Gen<String> ids() {
        return textsOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 1, 20);
    }

    private static Gen<String> words() {
        return textsOf("abcxyz ĐđÁá0123|=\\", 1, 40)
                .assuming(s -> !s.isBlank() && !s.startsWith("BOM") && !s.contains("CEF:"));
    }

    private static Gen<String> ipv4() {
        return lists().of(integers().between(0, 255))
                .ofSize(4)
                .map(p -> p.get(0) + "." + p.get(1) + "." + p.get(2) + "." + p.get(3));
    }
}
