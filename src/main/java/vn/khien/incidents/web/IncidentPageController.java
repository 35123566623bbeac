package vn.khien.incidents.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.identity.UserContact;
import vn.khien.identity.UserContacts;
import vn.khien.incidents.IncidentData;
import vn.khien.incidents.IncidentEffect;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.IndicatorKind;
import vn.khien.incidents.Pap;
import vn.khien.incidents.PartyKind;
import vn.khien.incidents.Tlp;
import vn.khien.incidents.application.IncidentFilter;
import vn.khien.incidents.application.IncidentForms;
import vn.khien.incidents.application.IncidentHead;
import vn.khien.incidents.application.IncidentManagement;
import vn.khien.incidents.application.IncidentQueries;
import vn.khien.incidents.application.SimilarIncidents;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;
import vn.khien.shared.files.FileStore;

/** Incident pages: list, report form with acknowledgement, detail, attachment download. */
@Controller
@RequestMapping("/incidents")
class IncidentPageController {

    private final IncidentManagement management;
    private final IncidentQueries queries;
    private final SimilarIncidents similar;
    private final FileStore files;
    private final IncidentForms forms;
    private final IncidentHead head;
    private final UserContacts contacts;

    IncidentPageController(
            IncidentManagement management,
            IncidentQueries queries,
            SimilarIncidents similar,
            FileStore files,
            IncidentForms forms,
            IncidentHead head,
            UserContacts contacts) {
        this.contacts = contacts;
        this.forms = forms;
        this.head = head;
        this.management = management;
        this.queries = queries;
        this.similar = similar;
        this.files = files;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) IncidentStatus status,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String system,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer page,
            Model model,
            Locale locale) {
        model.addAttribute(
                "incidents",
                queries.list(new IncidentFilter(q, status, agency, system, type, open, overdue), Paging.of(page, 50)));
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("types", queries.types());
        model.addAttribute("typeNames", queries.typeNames(locale));
        return "incidents/list";
    }

    @GetMapping("/new")
    String newIncident(Principal principal, Model model) {
        UserContact reporter =
                contacts.of(List.of(principal.getName())).stream().findFirst().orElse(null);
        return form(model, blankReport(reporter));
    }

    @InitBinder("form")
    void readDetectionTimeAsVietnamTime(WebDataBinder binder) {
        binder.registerCustomEditor(Instant.class, new VietnamTimeEditor());
    }

    @PostMapping("/new")
    String report(
            @Valid @ModelAttribute("form") IncidentData form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    String reference = management.report(form);
                    redirect.addFlashAttribute("acknowledged", reference);
                    return "redirect:/incidents/" + reference;
                },
                () -> form(model, form));
    }

    /** The incident page's tabs: what it is and what to do now first, then its clocks, coordination, timeline, documents. */
    static final List<String> TABS = List.of("overview", "clocks", "coordination", "timeline", "documents");

    @GetMapping("/{reference:SC-\\d{4}-\\d+}")
    String show(
            @PathVariable String reference,
            @RequestParam(defaultValue = "overview") String tab,
            Model model,
            Locale locale) {
        model.addAttribute("tabs", TABS);
        model.addAttribute("tab", TABS.contains(tab) ? tab : "overview");
        var view = queries.detail(reference);
        model.addAttribute("incident", view);
        model.addAttribute("accountableHead", head.of(view));
        model.addAttribute("similar", similar.of(reference));
        model.addAttribute("forms", forms.versions(reference));
        model.addAttribute("types", queries.types());
        model.addAttribute("typeNames", queries.typeNames(locale));
        model.addAttribute("severities", IncidentSeverity.values());
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("paps", Pap.values());
        model.addAttribute("effects", IncidentEffect.values());
        model.addAttribute("partyKinds", PartyKind.values());
        model.addAttribute("indicatorKinds", IndicatorKind.values());
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        return "incidents/detail";
    }

    @GetMapping("/{reference}/files/{ref}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String reference, @PathVariable java.util.UUID ref) {
        var file = queries.file(reference, ref);
        String hash = queries.fileHash(reference, ref);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.sizeBytes())
                .body(out -> {
                    try (var in = files.open(hash)) {
                        in.transferTo(out);
                    }
                });
    }

    /**
     * A new report: medium severity and TLP:AMBER until the reporter says otherwise; the reporter as its
     * contact, which they may change.
     */
    private static IncidentData blankReport(UserContact contact) {
        return new IncidentData(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                contact == null ? null : contact.displayName(),
                null,
                contact == null ? null : contact.email(),
                IncidentSeverity.MEDIUM,
                null,
                Tlp.AMBER,
                null,
                false);
    }

    private String form(Model model, IncidentData form) {
        // re-adding the bound form would drop its BindingResult and with it the messages
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("types", queries.types());
        model.addAttribute("severities", IncidentSeverity.values());
        model.addAttribute("tlps", Tlp.values());
        return "incidents/form";
    }
}
