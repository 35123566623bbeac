package vn.khien.sharing.stix;

import java.util.Arrays;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.khien.incidents.Tlp;

/**
 * The five TLP 2.0 marking definitions exactly as OASIS publishes them (cti-stix-common-objects,
 * extension-definition-specifications/tlp-2.0): fixed ids, created 2022-10-01, the TLP 2.0 property
 * extension. Every object Khiên emits carries one of them, and the definition travels with the data.
 */
public enum TlpMarking {
    CLEAR(Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR", "clear"),
    GREEN(Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN", "green"),
    AMBER(Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "TLP:AMBER", "amber"),
    AMBER_STRICT(
            Tlp.AMBER_STRICT,
            "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            "TLP:AMBER+STRICT",
            "amber+strict"),
    RED(Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "TLP:RED", "red");

    /** The TLP 2.0 property extension's definition (cti-stix-common-objects). */
    public static final String EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private final Tlp tlp;
    private final String id;
    private final String label;
    private final String key;

    TlpMarking(Tlp tlp, String id, String label, String key) {
        this.tlp = tlp;
        this.id = id;
        this.label = label;
        this.key = key;
    }

    public static TlpMarking of(Tlp tlp) {
        return valueOf(tlp.name());
    }

    /** The TLP level a marking-definition id stands for, if it is one of the five. */
    public static Optional<TlpMarking> byId(String markingId) {
        return Arrays.stream(values()).filter(m -> m.id.equals(markingId)).findFirst();
    }

    public Tlp tlp() {
        return tlp;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The marking-definition object, as published. */
    public ObjectNode definition() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", "marking-definition");
        node.put("spec_version", "2.1");
        node.put("id", id);
        node.put("created", "2022-10-01T00:00:00.000Z");
        node.put("name", label);
        ObjectNode extension = node.putObject("extensions").putObject(EXTENSION);
        extension.put("extension_type", "property-extension");
        extension.put("tlp_2_0", key);
        return node;
    }
}
