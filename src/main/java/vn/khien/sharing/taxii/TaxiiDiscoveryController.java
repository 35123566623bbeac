package vn.khien.sharing.taxii;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.khien.sharing.application.CollectionDirectory;
import vn.khien.sharing.application.CollectionDirectory.Collection;
import vn.khien.sharing.application.TaxiiExchange;
import vn.khien.sharing.application.TaxiiStatus;
import vn.khien.sharing.stix.StixTime;

/** TAXII 2.1 §4: discovery, API roots, collections and status resources. */
@Controller
class TaxiiDiscoveryController {

    private final CollectionDirectory directory;
    private final TaxiiExchange exchange;
    private final String title;
    private final long maxContentLength;

    TaxiiDiscoveryController(
            CollectionDirectory directory,
            TaxiiExchange exchange,
            @Value("${khien.sharing.title:Khiên}") String title,
            @Value("${khien.sharing.max-content-length:10485760}") long maxContentLength) {
        this.directory = directory;
        this.exchange = exchange;
        this.title = title;
        this.maxContentLength = maxContentLength;
    }

    @GetMapping({"/taxii2/", "/taxii2"})
    ResponseEntity<byte[]> discovery(HttpServletRequest request) {
        TaxiiMedia.requireAccept(request);
        TaxiiClients.current();
        ObjectNode body = TaxiiMedia.JSON.createObjectNode();
        body.put("title", title);
        body.put("description", "TAXII 2.1");
        var roots = directory.apiRoots();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/taxii2/")
                .toUriString();
        if (!roots.isEmpty()) {
            body.put("default", base + roots.get(0).name() + "/");
        }
        ArrayNode urls = body.putArray("api_roots");
        roots.forEach(root -> urls.add(base + root.name() + "/"));
        return TaxiiMedia.ok(body);
    }

    @GetMapping("/taxii2/{root}/")
    ResponseEntity<byte[]> apiRoot(@PathVariable String root, HttpServletRequest request) {
        TaxiiMedia.requireAccept(request);
        TaxiiClients.current();
        var found = directory.apiRoot(root).orElseThrow(() -> TaxiiError.notFound("no such API root"));
        ObjectNode body = TaxiiMedia.JSON.createObjectNode();
        body.put("title", found.title());
        if (found.description() != null) {
            body.put("description", found.description());
        }
        body.putArray("versions").add(TaxiiMedia.TAXII);
        body.put("max_content_length", maxContentLength);
        return TaxiiMedia.ok(body);
    }

    @GetMapping("/taxii2/{root}/collections/")
    ResponseEntity<byte[]> collections(@PathVariable String root, HttpServletRequest request) {
        TaxiiMedia.requireAccept(request);
        requireRoot(root);
        ObjectNode body = TaxiiMedia.JSON.createObjectNode();
        var collections = directory.collections(root, TaxiiClients.current());
        if (!collections.isEmpty()) {
            ArrayNode list = body.putArray("collections");
            collections.forEach(c -> list.add(collection(c)));
        }
        return TaxiiMedia.ok(body);
    }

    @GetMapping("/taxii2/{root}/collections/{id}/")
    ResponseEntity<byte[]> collection(@PathVariable String root, @PathVariable UUID id, HttpServletRequest request) {
        TaxiiMedia.requireAccept(request);
        requireRoot(root);
        return TaxiiMedia.ok(collection(exchange.known(root, id, TaxiiClients.current())));
    }

    @GetMapping("/taxii2/{root}/status/{id}/")
    ResponseEntity<byte[]> status(@PathVariable String root, @PathVariable UUID id, HttpServletRequest request) {
        TaxiiMedia.requireAccept(request);
        requireRoot(root);
        return TaxiiMedia.ok(status(exchange.status(root, id, TaxiiClients.current())
                .orElseThrow(() -> TaxiiError.notFound("no such status"))));
    }

    static ObjectNode status(TaxiiStatus status) {
        ObjectNode body = TaxiiMedia.JSON.createObjectNode();
        body.put("id", status.id().toString());
        body.put("status", "complete");
        body.put("request_timestamp", StixTime.format(status.requestTimestamp()));
        body.put("total_count", status.totalCount());
        body.put("success_count", status.successes().size());
        ArrayNode successes = body.putArray("successes");
        status.successes().forEach(s -> successes.addObject().put("id", s.id()).put("version", s.version()));
        body.put("failure_count", status.failures().size());
        ArrayNode failures = body.putArray("failures");
        status.failures().forEach(f -> {
            ObjectNode failure = failures.addObject();
            failure.put("id", f.id() == null ? "" : f.id());
            failure.put("message", f.message());
        });
        body.put("pending_count", 0);
        body.putArray("pendings");
        return body;
    }

    private void requireRoot(String root) {
        TaxiiClients.current();
        directory.apiRoot(root).orElseThrow(() -> TaxiiError.notFound("no such API root"));
    }

    private static ObjectNode collection(Collection collection) {
        ObjectNode node = TaxiiMedia.JSON.createObjectNode();
        node.put("id", collection.id().toString());
        node.put("title", collection.title());
        if (collection.description() != null) {
            node.put("description", collection.description());
        }
        node.put("can_read", collection.grant().canRead());
        node.put("can_write", collection.grant().canWrite());
        node.putArray("media_types").add(TaxiiMedia.STIX);
        return node;
    }
}
