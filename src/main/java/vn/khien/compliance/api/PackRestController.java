package vn.khien.compliance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.compliance.application.PackCatalogue;
import vn.khien.compliance.application.PackDescription;
import vn.khien.shared.Listing;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.PageResponse;

@RestController
@RequestMapping("/api/v1/packs")
@Tag(
        name = "Policy packs",
        description = "The rules in force, each with its legal citation and whether it was verified")
class PackRestController {

    private final PackCatalogue catalogue;
    private final Clock clock;

    PackRestController(PackCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every pack, in the version in force today (or its latest)")
    PageResponse<PackDescription.Summary> packs() {
        return Listing.whole(catalogue.codes().stream()
                .map(code -> catalogue.describe(code, LocalDate.now(clock)).summary())
                .toList());
    }

    @GetMapping("/{code}")
    @Operation(summary = "A pack's rules with document, article, paraphrase, verified flag and actor")
    PackDescription pack(@PathVariable String code) {
        if (catalogue.history(code).isEmpty()) {
            throw new ObjectNotFoundException("policy-pack", code);
        }
        return catalogue.describe(code, LocalDate.now(clock)).full();
    }
}
