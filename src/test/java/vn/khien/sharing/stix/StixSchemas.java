package vn.khien.sharing.stix;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import vn.khien.sharing.Interop;

/**
 * The OASIS STIX 2.1 JSON schemas read in place (draft 2020-12, {@code $ref}s between files read from
 * the folder), with the networknt validator.
 */
final class StixSchemas {

    private static final String BASE =
            "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private final java.nio.file.Path folder = Interop.interop("stix2-json-schemas/schemas");
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas((String iri) -> read(iri)));
    private final Map<String, Schema> byType = new ConcurrentHashMap<>();

    /** The schema's complaints about one STIX object (empty: valid), each with where it applies. */
    List<String> errors(JsonNode object) {
        String type = object.path("type").asString("");
        Schema schema = byType.computeIfAbsent(type, this::load);
        return schema.validate(object).stream()
                .map(e -> object.path("id").asString("?") + " " + e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    /** The schema text an IRI under the OASIS base names, read from the folder; null for any other. */
    private String read(String iri) {
        if (!iri.startsWith(BASE)) {
            return null;
        }
        try {
            return Files.readString(folder.resolve(iri.substring(BASE.length())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Schema load(String type) {
        for (String sub : List.of("sdos", "sros", "observables", "common")) {
            if (Files.isRegularFile(folder.resolve(sub).resolve(type + ".json"))) {
                return registry.getSchema(SchemaLocation.of(BASE + sub + "/" + type + ".json"));
            }
        }
        throw new IllegalArgumentException("no STIX 2.1 schema for type " + type);
    }
}
