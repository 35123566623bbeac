package vn.khien.sharing.taxii;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.khien.sharing.application.ObjectFilter;
import vn.khien.sharing.application.ObjectPage;
import vn.khien.sharing.application.StoredObject;
import vn.khien.sharing.application.TaxiiExchange;
import vn.khien.sharing.stix.StixTime;

/** TAXII 2.1 §5: objects, one object, its versions and the manifest of a collection; adding and deleting. */
@Controller
class TaxiiObjectsController {

    private static final String COLLECTION = "/taxii2/{root}/collections/{id}";
    private final TaxiiExchange exchange;
    private final long maxContentLength;

    TaxiiObjectsController(
            TaxiiExchange exchange, @Value("${khien.sharing.max-content-length:10485760}") long maxContentLength) {
        this.exchange = exchange;
        this.maxContentLength = maxContentLength;
    }

    @GetMapping(COLLECTION + "/objects/")
    ResponseEntity<byte[]> objects(
            @PathVariable String root,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        TaxiiMedia.requireAccept(request);
        var page = exchange.read(root, id, TaxiiParameters.read(params, "last"), TaxiiClients.current());
        return envelope(page);
    }

    @GetMapping(COLLECTION + "/objects/{objectId}/")
    ResponseEntity<byte[]> object(
            @PathVariable String root,
            @PathVariable UUID id,
            @PathVariable String objectId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        TaxiiMedia.requireAccept(request);
        return envelope(oneObject(root, id, TaxiiParameters.read(params, "last").forId(objectId)));
    }

    @GetMapping(COLLECTION + "/objects/{objectId}/versions/")
    ResponseEntity<byte[]> versions(
            @PathVariable String root,
            @PathVariable UUID id,
            @PathVariable String objectId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        TaxiiMedia.requireAccept(request);
        var page = oneObject(
                root, id, TaxiiParameters.read(params, "all").forId(objectId).withVersions(List.of("all")));
        ObjectNode body = paged(page);
        ArrayNode versions = body.putArray("versions");
        page.items().forEach(o -> versions.add(o.versionText()));
        return TaxiiMedia.json(HttpStatus.OK, body, dateHeaders(page));
    }

    @GetMapping(COLLECTION + "/manifest/")
    ResponseEntity<byte[]> manifest(
            @PathVariable String root,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        TaxiiMedia.requireAccept(request);
        var page = exchange.read(root, id, TaxiiParameters.read(params, "last"), TaxiiClients.current());
        ObjectNode body = paged(page);
        if (!page.items().isEmpty()) {
            ArrayNode objects = body.putArray("objects");
            page.items()
                    .forEach(o -> objects.addObject()
                            .put("id", o.stixId())
                            .put("date_added", StixTime.format(o.dateAdded()))
                            .put("version", o.versionText())
                            .put("media_type", "application/stix+json;version=" + o.specVersion()));
        }
        return TaxiiMedia.json(HttpStatus.OK, body, dateHeaders(page));
    }

    @PostMapping(COLLECTION + "/objects/")
    ResponseEntity<byte[]> add(@PathVariable String root, @PathVariable UUID id, HttpServletRequest request)
            throws IOException {
        TaxiiMedia.requireAccept(request);
        TaxiiMedia.requireContentType(request);
        exchange.known(root, id, TaxiiClients.current());
        List<JsonNode> objects = envelope(request);
        var status = exchange.add(root, id, objects, TaxiiClients.current());
        return TaxiiMedia.json(HttpStatus.ACCEPTED, TaxiiDiscoveryController.status(status), new HttpHeaders());
    }

    @DeleteMapping(COLLECTION + "/objects/{objectId}/")
    ResponseEntity<byte[]> delete(
            @PathVariable String root,
            @PathVariable UUID id,
            @PathVariable String objectId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        TaxiiMedia.requireAccept(request);
        var filter = TaxiiParameters.read(params, "all").forId(objectId);
        exchange.delete(root, id, filter, TaxiiClients.current());
        return ResponseEntity.ok().build();
    }

    /** One object's page: 404 when its first page is empty (a later page may be empty at the end). */
    private ObjectPage oneObject(String root, UUID id, ObjectFilter filter) {
        var page = exchange.read(root, id, filter, TaxiiClients.current());
        if (page.items().isEmpty() && filter.afterSeq() == 0) {
            throw TaxiiError.notFound("no such object");
        }
        return page;
    }

    /** The envelope's objects; over the discovery's max_content_length is 413, anything not an envelope 400. */
    private List<JsonNode> envelope(HttpServletRequest request) throws IOException {
        byte[] bytes = new byte[0];
        if (request.getContentLengthLong() <= maxContentLength) {
            try (InputStream in = request.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxContentLength + 1));
            }
        }
        if (request.getContentLengthLong() > maxContentLength || bytes.length > maxContentLength) {
            throw new TaxiiError(413, "Content too large", "the limit is " + maxContentLength + " bytes");
        }
        JsonNode envelope;
        try {
            envelope = TaxiiMedia.JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw TaxiiError.badRequest("the body is not JSON");
        }
        if (envelope == null
                || !envelope.isObject()
                || !envelope.path("objects").isArray()) {
            throw TaxiiError.badRequest("the body is not a TAXII envelope with objects");
        }
        List<JsonNode> objects = new ArrayList<>();
        envelope.path("objects").forEach(objects::add);
        return objects;
    }

    private static ResponseEntity<byte[]> envelope(ObjectPage page) {
        ObjectNode body = paged(page);
        if (!page.items().isEmpty()) {
            ArrayNode objects = body.putArray("objects");
            for (StoredObject object : page.items()) {
                objects.add(TaxiiMedia.JSON.readTree(object.body()));
            }
        }
        return TaxiiMedia.json(HttpStatus.OK, body, dateHeaders(page));
    }

    private static ObjectNode paged(ObjectPage page) {
        ObjectNode body = TaxiiMedia.JSON.createObjectNode();
        body.put("more", page.more());
        if (page.more()) {
            body.put("next", TaxiiParameters.next(page.nextSeq()));
        }
        return body;
    }

    /** §5.1: the first and last date_added of the objects on this page. */
    private static HttpHeaders dateHeaders(ObjectPage page) {
        HttpHeaders headers = new HttpHeaders();
        if (!page.items().isEmpty()) {
            var added = page.items().stream().map(StoredObject::dateAdded).toList();
            headers.set("X-TAXII-Date-Added-First", StixTime.format(Collections.min(added)));
            headers.set("X-TAXII-Date-Added-Last", StixTime.format(Collections.max(added)));
        }
        return headers;
    }
}
