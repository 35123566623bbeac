package vn.khien.sharing.stix;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.khien.incidents.Tlp;

/**
 * A STIX object as it arrives (a TAXII POST, a bundle upload, a pull): checked before it is stored,
 * with the facts the store indexes: id, type, spec version, version, TLP.
 */
public record ReceivedObject(
        String stixId, String type, String specVersion, Instant version, String versionText, Tlp tlp, JsonNode body) {

    /** STIX 2.1 §4–§6 and §7: the object types Khiên accepts (custom types are refused). */
    static final Set<String> DOMAIN_AND_RELATIONSHIP = Set.of(
            "attack-pattern",
            "campaign",
            "course-of-action",
            "grouping",
            "identity",
            "incident",
            "indicator",
            "infrastructure",
            "intrusion-set",
            "location",
            "malware",
            "malware-analysis",
            "note",
            "observed-data",
            "opinion",
            "report",
            "threat-actor",
            "tool",
            "vulnerability",
            "relationship",
            "sighting",
            "language-content");

    static final Set<String> OBSERVABLES = Set.of(
            "artifact",
            "autonomous-system",
            "directory",
            "domain-name",
            "email-addr",
            "email-message",
            "file",
            "ipv4-addr",
            "ipv6-addr",
            "mac-addr",
            "mutex",
            "network-traffic",
            "process",
            "software",
            "url",
            "user-account",
            "windows-registry-key",
            "x509-certificate");

    /** TLP 1.0 definitions (STIX 2.0/2.1 §7.2.1.4), still on the wire, read as their TLP 2.0 level. */
    private static final Map<String, Tlp> TLP_1 = Map.of(
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED);

    /** The same object stored under another TLP (a share is marked as a whole). */
    public ReceivedObject withTlp(Tlp level) {
        return new ReceivedObject(stixId, type, specVersion, version, versionText, level, body);
    }

    /** What is wrong with an arriving object: a message for the TAXII status' failures. */
    public record Refusal(String stixId, String message) {}

    /** The object checked, or why it is refused; {@code dateAdded} versions an observable without dates. */
    public static Object read(JsonNode node, Instant dateAdded) {
        if (node == null || !node.isObject()) {
            return new Refusal(null, "not a JSON object");
        }
        String type = text(node, "type");
        String id = text(node, "id");
        if (type == null
                || !(DOMAIN_AND_RELATIONSHIP.contains(type)
                        || OBSERVABLES.contains(type)
                        || type.equals("marking-definition")
                        || type.equals("extension-definition"))) {
            return new Refusal(id, "unknown STIX type " + type);
        }
        if (!StixIds.valid(id, type)) {
            return new Refusal(id, "the id is not a " + type + " identifier");
        }
        boolean observable = OBSERVABLES.contains(type);
        String spec = text(node, "spec_version");
        if (spec == null) {
            spec = observable ? "2.1" : "2.0";
        } else if (!spec.equals("2.1") && !spec.equals("2.0")) {
            return new Refusal(id, "spec_version " + spec + " is not 2.0 or 2.1");
        }
        Optional<Instant> created = StixTime.parse(text(node, "created"));
        Optional<Instant> modified = StixTime.parse(text(node, "modified"));
        if (!observable && created.isEmpty()) {
            return new Refusal(id, "created is missing or not a timestamp");
        }
        boolean versioned = !observable && !type.equals("marking-definition");
        if (versioned && modified.isEmpty()) {
            return new Refusal(id, "modified is missing or not a timestamp");
        }
        if (versioned && modified.get().isBefore(created.get())) {
            return new Refusal(id, "modified is earlier than created");
        }
        Instant version = versioned ? modified.get() : created.orElse(dateAdded);
        String versionText = versioned
                ? text(node, "modified")
                : created.isPresent() ? text(node, "created") : StixTime.format(dateAdded);
        return new ReceivedObject(id, type, spec, version, versionText, tlp(node), node);
    }

    /** The most restrictive TLP among the object's markings; marking definitions are public. */
    private static Tlp tlp(JsonNode node) {
        if (node.path("type").asString().equals("marking-definition")) {
            return Tlp.CLEAR;
        }
        Tlp most = null;
        for (JsonNode ref : node.path("object_marking_refs")) {
            String markingId = ref.asString("");
            Tlp level = TlpMarking.byId(markingId).map(TlpMarking::tlp).orElse(TLP_1.get(markingId));
            if (level != null && (most == null || level.ordinal() > most.ordinal())) {
                most = level;
            }
        }
        return most;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
