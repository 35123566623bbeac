package vn.khien.sharing.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.IncidentSharing.SharableIncident;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.Tlp;
import vn.khien.sharing.Interop;
import vn.khien.sharing.ReportingStage;

class StixMappingTests {

    private static final Instant REPORTED = Instant.parse("2026-11-03T02:15:30.123456Z");
    private static final List<String> OBSERVABLES = List.of(
            "198.51.100.7",
            "203.0.113.0/24",
            "2001:db8::7",
            "phishing.example.vn",
            "https://phishing.example.vn/dang-nhap?u=a'b",
            "d41d8cd98f00b204e9800998ecf8427e",
            "da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    static IncidentShare share(ReportingStage stage, Tlp tlp, Instant approvedAt, String note) {
        var incident = new SharableIncident(
                "SC-2026-0042",
                "H57.12",
                "MALWARE",
                "Mã độc mã hoá dữ liệu trên máy chủ một cửa",
                IncidentSeverity.HIGH,
                Tlp.AMBER,
                stage == ReportingStage.CLOSURE ? IncidentStatus.CLOSED : IncidentStatus.CONTAINED,
                Instant.parse("2026-11-03T01:00:00Z"),
                REPORTED,
                null,
                OBSERVABLES);
        return new IncidentShare(
                new IncidentShare.Organisation("H57.08", "Sở Khoa học và Công nghệ"),
                new IncidentShare.Organisation("H57.12", "Sở Tài chính"),
                incident,
                stage,
                tlp,
                true,
                OBSERVABLES.stream().map(o -> Observable.parse(o).orElseThrow()).toList(),
                note,
                approvedAt);
    }

    @Test
    void everythingEmittedAtEveryStageValidatesAgainstTheOasisSchemasWithZeroErrors() {
        var schemas = new StixSchemas();
        for (ReportingStage stage : ReportingStage.values()) {
            for (Tlp tlp : Tlp.values()) {
                var objects = IncidentStix.objects(share(stage, tlp, Instant.parse("2026-11-04T08:00:00Z"), "Đã chặn"));
                var errors = objects.stream()
                        .flatMap(o -> schemas.errors(o).stream())
                        .toList();
                assertThat(errors).as(stage + " " + tlp).isEmpty();
            }
        }
    }

    @Test
    void markingsAreTheFiveTlpDefinitionsCreatorsResolveAndTimestampsHaveMilliseconds() {
        for (Tlp tlp : Tlp.values()) {
            var objects = IncidentStix.objects(
                    share(ReportingStage.REPORT, tlp, Instant.parse("2026-11-04T08:00:00.5Z"), "x"));
            assertThat(StixChecks.problems(objects)).isEmpty();
            assertThat(objects.stream()
                            .filter(o -> !o.path("type").asString().equals("marking-definition"))
                            .filter(o -> !o.path("type").asString().equals("identity"))
                            .map(o -> o.path("object_marking_refs").get(0).asString())
                            .distinct())
                    .containsExactly(TlpMarking.of(tlp).id());
        }
    }

    @Test
    void emitsTheIncidentWithItsExtensionIndicatorsSightingsNoteAndTheStageGrouping() {
        var objects = IncidentStix.objects(
                share(ReportingStage.INITIAL_NOTICE, Tlp.AMBER, Instant.parse("2026-11-04T08:00:00Z"), "n"));
        Map<String, Long> types = objects.stream()
                .collect(Collectors.groupingBy(o -> o.path("type").asString(), Collectors.counting()));
        assertThat(types)
                .containsEntry("incident", 1L)
                .containsEntry("indicator", (long) OBSERVABLES.size())
                .containsEntry("sighting", (long) OBSERVABLES.size())
                .containsEntry("observed-data", (long) OBSERVABLES.size())
                .containsEntry("identity", 2L)
                .containsEntry("note", 1L)
                .containsEntry("grouping", 1L)
                .containsEntry("marking-definition", 2L);
        ObjectNode incident = only(objects, "incident");
        assertThat(incident.path("extensions")
                        .path(IncidentStix.INCIDENT_EXTENSION)
                        .path("investigation_status")
                        .asString())
                .isEqualTo("open");
        assertThat(incident.path("created").asString()).isEqualTo("2026-11-03T02:15:30.123Z");
        assertThat(objects.stream()
                        .filter(o -> o.path("type").asString().equals("indicator"))
                        .map(o -> o.path("pattern").asString()))
                .contains(
                        "[ipv4-addr:value = '198.51.100.7']",
                        "[ipv4-addr:value ISSUBSET '203.0.113.0/24']",
                        "[url:value = 'https://phishing.example.vn/dang-nhap?u=a\\'b']",
                        "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']");
        assertThat(
                        IncidentStix.objects(share(
                                        ReportingStage.CLOSURE, Tlp.AMBER, Instant.parse("2026-11-09T08:00:00Z"), null))
                                .stream()
                                .filter(o -> o.path("type").asString().equals("report")))
                .hasSize(1);
    }

    @Test
    void theNextStageIsANewVersionOfTheSameObjectsNotNewObjects() {
        var first = IncidentStix.objects(
                share(ReportingStage.INITIAL_NOTICE, Tlp.AMBER, Instant.parse("2026-11-04T08:00:00Z"), null));
        var again = IncidentStix.objects(
                share(ReportingStage.INITIAL_NOTICE, Tlp.AMBER, Instant.parse("2026-11-04T08:00:00Z"), null));
        var later = IncidentStix.objects(
                share(ReportingStage.REPORT, Tlp.AMBER, Instant.parse("2026-11-06T08:00:00Z"), null));
        assertThat(first).isEqualTo(again);
        ObjectNode before = only(first, "incident");
        ObjectNode after = only(later, "incident");
        assertThat(after.path("id")).isEqualTo(before.path("id"));
        assertThat(after.path("created")).isEqualTo(before.path("created"));
        assertThat(after.path("modified").asString()).isEqualTo("2026-11-06T08:00:00.000Z");
        assertThat(only(later, "grouping").path("id"))
                .isNotEqualTo(only(first, "grouping").path("id"));
    }

    @Test
    void theTlpDefinitionsAreExactlyTheOnesOasisPublishes() {
        Map<String, TlpMarking> published = Map.of(
                "stix/common-objects-tlp2-clear.json", TlpMarking.CLEAR,
                "stix/common-objects-tlp2-amber+strict.json", TlpMarking.AMBER_STRICT,
                "stix/validator-tlp-amber.json", TlpMarking.AMBER);
        published.forEach((file, marking) -> assertThat(
                        Interop.fixture(file).path("objects").get(0))
                .as(file)
                .isEqualTo(marking.definition()));
    }

    @Test
    void theValidatorAcceptsOasisExamplesAndRefusesTheirInvalidOnes() {
        var schemas = new StixSchemas();
        for (String file : List.of(
                "stix/ctidoc-sighting-of-an-indicator.json",
                "stix/python-stix2-incident.json",
                "stix/python-stix2-grouping.json",
                "stix/python-stix2-note.json")) {
            JsonNode doc = Interop.fixture(file);
            List<JsonNode> objects =
                    doc.has("objects") ? doc.path("objects").valueStream().toList() : List.of(doc);
            assertThat(objects.stream().flatMap(o -> schemas.errors(o).stream()))
                    .as(file)
                    .isEmpty();
        }
        JsonNode missingModified = Interop.fixture("stix/INVALID-validator-invalid_identity.json");
        List<JsonNode> invalid = missingModified.has("objects")
                ? missingModified.path("objects").valueStream().toList()
                : List.of(missingModified);
        assertThat(invalid.stream().flatMap(o -> schemas.errors(o).stream())).isNotEmpty();
    }

    private static ObjectNode only(List<ObjectNode> objects, String type) {
        return objects.stream()
                .filter(o -> o.path("type").asString().equals(type))
                .findFirst()
                .orElseThrow();
    }
}
