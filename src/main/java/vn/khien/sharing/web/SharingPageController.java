package vn.khien.sharing.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.incidents.IncidentSharing;
import vn.khien.incidents.Tlp;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.Paging;
import vn.khien.sharing.ReportingStage;
import vn.khien.sharing.application.BundleImport;
import vn.khien.sharing.application.CollectionManagement;
import vn.khien.sharing.application.RemoteCollections;
import vn.khien.sharing.application.ShareDecision;
import vn.khien.sharing.application.ShareReview;
import vn.khien.sharing.application.SharingQueries;

/**
 * The response team's sharing pages: collections and their grants (the coordinator changes them), the
 * outbound review queue (the coordinator decides), proposing an incident's indicators, received objects.
 */
@Controller
@RequestMapping("/sharing")
class SharingPageController {

    private final SharingQueries queries;
    private final CollectionManagement collections;
    private final ShareReview review;
    private final IncidentSharing incidents;
    private final AgencyDirectory agencies;
    private final BundleImport imports;
    private final RemoteCollections remotes;

    SharingPageController(
            SharingQueries queries,
            CollectionManagement collections,
            ShareReview review,
            BundleImport imports,
            RemoteCollections remotes,
            IncidentSharing incidents,
            AgencyDirectory agencies) {
        this.queries = queries;
        this.collections = collections;
        this.review = review;
        this.imports = imports;
        this.remotes = remotes;
        this.incidents = incidents;
        this.agencies = agencies;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("coordinator")
    boolean coordinator(jakarta.servlet.http.HttpServletRequest request) {
        return request.isUserInRole(vn.khien.identity.Role.COORDINATOR_ADMIN.name());
    }

    @GetMapping
    String collections(Model model) {
        model.addAttribute("collections", queries.collections());
        model.addAttribute("organisations", agencies.listActive());
        model.addAttribute(
                "directions", CollectionManagement.DIRECTIONS.stream().sorted().toList());
        model.addAttribute("remotes", queries.remotes());
        return "sharing/collections";
    }

    @PostMapping("/remotes")
    String configure(
            @RequestParam String collectionUrl,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) UUID into,
            Model model,
            RedirectAttributes redirect) {
        try {
            remotes.configure(collectionUrl, blankToNull(username), blankToNull(password), into);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return collections(model);
        }
        redirect.addFlashAttribute("notice", "sharing.remote.added");
        return "redirect:/sharing#remotes";
    }

    @PostMapping("/remotes/{id}/pull")
    String pull(@PathVariable UUID id, RedirectAttributes redirect) {
        var polled = remotes.pullNow(id);
        redirect.addFlashAttribute(
                "notice", polled.error() == null ? "sharing.remote.pulled" : "sharing.remote.failed");
        return "redirect:/sharing#remotes";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @PostMapping("/collections")
    String open(
            @RequestParam String apiRoot,
            @RequestParam String title,
            @RequestParam(required = false) String description,
            @RequestParam String direction,
            Model model,
            RedirectAttributes redirect) {
        try {
            collections.open(apiRoot, title, description, direction);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return collections(model);
        }
        redirect.addFlashAttribute("notice", "sharing.collection.opened");
        return "redirect:/sharing";
    }

    @PostMapping("/collections/{id}/grants")
    String grant(
            @PathVariable UUID id,
            @RequestParam String organisationCode,
            @RequestParam(defaultValue = "false") boolean canRead,
            @RequestParam(defaultValue = "false") boolean canWrite,
            Model model,
            RedirectAttributes redirect) {
        try {
            collections.grant(id, organisationCode, canRead, canWrite);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return collections(model);
        }
        redirect.addFlashAttribute("notice", "sharing.grant.changed");
        return "redirect:/sharing";
    }

    @GetMapping("/review")
    String queue(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("requests", queries.queue(Paging.of(page, 20)));
        model.addAttribute(
                "outbound",
                queries.collections().stream()
                        .filter(c -> c.direction().equals("OUTBOUND"))
                        .toList());
        model.addAttribute("organisations", agencies.listActive());
        model.addAttribute("levels", List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT));
        return "sharing/review";
    }

    @PostMapping("/review/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam Tlp tlp,
            @RequestParam(required = false) List<String> audience,
            @RequestParam(defaultValue = "false") boolean summaryShared,
            @RequestParam(defaultValue = "false") boolean agencyNamed,
            @RequestParam(required = false) UUID collection,
            Model model,
            RedirectAttributes redirect) {
        try {
            review.approve(
                    id,
                    new ShareDecision(
                            tlp, audience == null ? List.of() : audience, summaryShared, agencyNamed, collection));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return queue(null, model);
        }
        redirect.addFlashAttribute("notice", "sharing.review.approved");
        return "redirect:/sharing/review";
    }

    @PostMapping("/review/{id}/reject")
    String reject(@PathVariable long id, @RequestParam String reason, Model model, RedirectAttributes redirect) {
        try {
            review.reject(id, reason);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return queue(null, model);
        }
        redirect.addFlashAttribute("notice", "sharing.review.rejected");
        return "redirect:/sharing/review";
    }

    @GetMapping("/propose")
    String proposal(@RequestParam String incident, Model model) {
        model.addAttribute("incident", incidents.forSharing(incident));
        model.addAttribute("stages", ReportingStage.values());
        return "sharing/propose";
    }

    @PostMapping("/propose")
    String propose(
            @RequestParam String incident,
            @RequestParam(required = false) ReportingStage stage,
            @RequestParam(required = false) List<String> observables,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes redirect) {
        try {
            review.propose(incident, stage, observables, note);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return proposal(incident, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return proposal(incident, model);
        }
        redirect.addFlashAttribute("notice", "sharing.review.proposed");
        return "redirect:/sharing/review";
    }

    @GetMapping("/received")
    String received(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("objects", queries.received(type, q, Paging.of(page, 50)));
        model.addAttribute("type", type);
        model.addAttribute("q", q);
        model.addAttribute(
                "inbound",
                queries.collections().stream()
                        .filter(c -> c.direction().equals("INBOUND"))
                        .toList());
        return "sharing/received";
    }

    /** A STIX bundle (or TAXII envelope) file received by other means, into an inbound collection. */
    @PostMapping("/received/import")
    String importBundle(
            @RequestParam UUID collection,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws java.io.IOException {
        try {
            var imported =
                    imports.receive(collection, new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8));
            redirect.addFlashAttribute("imported", imported);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return received(null, null, null, model);
        }
        return "redirect:/sharing/received";
    }
}
