package vn.khien.systems.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.shared.Listing;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;
import vn.khien.systems.application.InventoryCommands.AddAsset;
import vn.khien.systems.application.InventoryCommands.AddProduct;
import vn.khien.systems.application.InventoryCommands.Arrange;
import vn.khien.systems.application.OverlapRow;
import vn.khien.systems.application.SystemFilter;
import vn.khien.systems.application.SystemManagement;
import vn.khien.systems.application.SystemQueries;
import vn.khien.systems.application.SystemRow;
import vn.khien.systems.application.SystemView;

@RestController
@RequestMapping("/api/v1/systems")
@Tag(name = "Information systems", description = "Inventory, levels, assets, products and service arrangements")
class SystemRestController {

    private final SystemManagement management;
    private final SystemQueries queries;

    SystemRestController(SystemManagement management, SystemQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Systems the caller may see; q searches code and name without accents")
    PageResponse<SystemRow> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) SystemType type,
            @RequestParam(required = false) Integer level,
            @RequestParam(required = false) SystemStatus status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(new SystemFilter(q, type, level, status, owner, sort), Paging.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Register a system; approvedLevel with levelDecision records an earlier approval")
    ResponseEntity<SystemResponse> register(@RequestBody SystemDetails request) {
        String code = management.register(request);
        return ResponseEntity.created(URI.create("/api/v1/systems/" + code)).body(system(code));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One system with its components and level advice")
    SystemResponse system(@PathVariable String code) {
        return SystemResponse.of(queries.detail(code));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change a system's facts (the approved level changes only through a dossier)")
    SystemResponse update(@PathVariable String code, @RequestBody SystemDetails request) {
        // the path names the system: the body's code counts only on creation
        management.update(code, request);
        return system(code);
    }

    @GetMapping("/{code}/assets")
    PageResponse<SystemView.AssetRow> assets(@PathVariable String code) {
        return Listing.whole(queries.detail(code).assets());
    }

    @PostMapping("/{code}/assets")
    @Operation(summary = "Add a CIDR range (a single IP becomes /32 or /128), host name or domain")
    ResponseEntity<SystemView.AssetRow> addAsset(@PathVariable String code, @RequestBody AddAsset request) {
        var asset = management.addAsset(code, request.kind(), request.value(), request.confirmed());
        return ResponseEntity.created(URI.create("/api/v1/systems/" + code + "/assets/" + asset.id()))
                .body(asset);
    }

    @PostMapping("/{code}/assets/{id}/shared")
    @Operation(summary = "Coordinator: record a stored asset as shared with another agency's system")
    SystemView.AssetRow confirmAssetShared(@PathVariable String code, @PathVariable UUID id) {
        return management.confirmAssetShared(code, id);
    }

    @DeleteMapping("/{code}/assets/{id}")
    ResponseEntity<Void> removeAsset(@PathVariable String code, @PathVariable UUID id) {
        management.removeAsset(code, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{code}/products")
    PageResponse<SystemView.ProductRow> products(@PathVariable String code) {
        return Listing.whole(queries.detail(code).products());
    }

    @PostMapping("/{code}/products")
    ResponseEntity<SystemView.ProductRow> addProduct(@PathVariable String code, @RequestBody AddProduct r) {
        var product = management.addProduct(code, r.product(), r.vendor(), r.category(), r.origin(), r.justification());
        return ResponseEntity.created(URI.create("/api/v1/systems/" + code + "/products/" + product.id()))
                .body(product);
    }

    @DeleteMapping("/{code}/products/{id}")
    ResponseEntity<Void> removeProduct(@PathVariable String code, @PathVariable UUID id) {
        management.removeProduct(code, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{code}/arrangements")
    PageResponse<SystemView.ArrangementRow> arrangements(@PathVariable String code) {
        return Listing.whole(queries.detail(code).arrangements());
    }

    @PostMapping("/{code}/arrangements")
    @Operation(summary = "Add a service arrangement; no providerCode means in-house")
    ResponseEntity<SystemView.ArrangementRow> arrange(@PathVariable String code, @RequestBody Arrange request) {
        var arrangement =
                management.arrange(code, request.service(), request.providerCode(), request.from(), request.to());
        return ResponseEntity.created(URI.create("/api/v1/systems/" + code + "/arrangements/" + arrangement.id()))
                .body(arrangement);
    }

    @DeleteMapping("/{code}/arrangements/{id}")
    ResponseEntity<Void> removeArrangement(@PathVariable String code, @PathVariable UUID id) {
        management.removeArrangement(code, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/asset-overlaps")
    @Operation(summary = "Address ranges of different systems that overlap")
    PageResponse<OverlapRow> overlaps(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.overlaps(Paging.of(page, size));
    }
}
