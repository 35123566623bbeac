package vn.khien.assessments.web;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.assessments.CampaignPartyKind;
import vn.khien.assessments.NewCampaignParty;
import vn.khien.assessments.Severity;
import vn.khien.assessments.application.CampaignManagement;
import vn.khien.assessments.application.CampaignParties;
import vn.khien.assessments.application.CampaignSheetImport;
import vn.khien.assessments.application.CampaignSheets;
import vn.khien.assessments.application.FindingFilter;
import vn.khien.assessments.application.FindingQueries;
import vn.khien.identity.AgencyChoices;
import vn.khien.shared.FormErrors;
import vn.khien.shared.Paging;
import vn.khien.shared.spreadsheet.SheetTemplates;
import vn.khien.shared.web.Downloads;
import vn.khien.shared.web.ImportPages;

/** Remediation campaigns: the coordinator's list, a new campaign, and a campaign's findings and progress. */
@Controller
@RequestMapping("/assessments/campaigns")
class CampaignPageController {

    private final java.time.Clock clock;
    private final CampaignManagement management;
    private final CampaignParties parties;
    private final FindingQueries findings;
    private final AgencyChoices agencies;
    private final CampaignSheetImport sheetImport;
    private final ImportPages imports;
    private final SheetTemplates templates;

    CampaignPageController(
            CampaignManagement management,
            CampaignParties parties,
            FindingQueries findings,
            AgencyChoices agencies,
            CampaignSheetImport sheetImport,
            ImportPages imports,
            SheetTemplates templates,
            java.time.Clock clock) {
        this.clock = clock;
        this.management = management;
        this.parties = parties;
        this.findings = findings;
        this.agencies = agencies;
        this.sheetImport = sheetImport;
        this.imports = imports;
        this.templates = templates;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("campaigns", management.list(Paging.of(page, null)));
        return "assessments/campaigns";
    }

    @PostMapping
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String source,
            Model model,
            RedirectAttributes redirect) {
        return Steps.run(
                () -> redirect.addAttribute("created", management.create(name, source)),
                "/assessments/campaigns/{created}",
                redirect,
                model,
                () -> list(null, model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        return page(id, page, model);
    }

    @PostMapping("/{id}/findings")
    String add(
            @PathVariable UUID id,
            @ModelAttribute("findingForm") FindingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return onCampaignPage(
                id,
                () -> management.addFinding(id, form.agencyCode(), form.toRequest()),
                "assessments.finding.raised",
                errors,
                model,
                redirect);
    }

    @PostMapping("/{id}/parties")
    String addParty(
            @PathVariable UUID id,
            @ModelAttribute("partyForm") NewCampaignParty form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return onCampaignPage(id, () -> parties.addParty(id, form), "assessments.saved", errors, model, redirect);
    }

    /** A form of the campaign's page: saved, back to the page with a notice; refused, the page re-shown. */
    private String onCampaignPage(
            UUID id, Runnable save, String notice, BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(
                errors,
                () -> {
                    save.run();
                    redirect.addFlashAttribute("notice", notice);
                    return "redirect:/assessments/campaigns/" + id;
                },
                () -> page(id, null, model));
    }

    @PostMapping("/{id}/parties/{partyId}/delete")
    String removeParty(@PathVariable UUID id, @PathVariable UUID partyId, RedirectAttributes redirect) {
        parties.remove(id, partyId);
        redirect.addFlashAttribute("notice", "assessments.saved");
        return "redirect:/assessments/campaigns/" + id;
    }

    @PostMapping("/{id}/import")
    String importFindings(
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            HttpSession session,
            Locale locale,
            Model model) {
        imports.upload(file, in -> sheetImport.importFindings(id, in), session, locale, model);
        return page(id, null, model);
    }

    @GetMapping("/{id}/import/template")
    ResponseEntity<byte[]> template(Locale locale) {
        String name = Downloads.filename("phat hien giao khac phuc mau", LocalDate.now(clock), "xlsx");
        return Downloads.bytes(name, Downloads.XLSX, templates.bytes(CampaignSheets.FINDINGS, locale));
    }

    @GetMapping("/{id}/import/annotated")
    ResponseEntity<byte[]> annotated(HttpSession session) {
        return imports.annotated(session);
    }

    private String page(UUID id, Integer page, Model model) {
        model.addAttribute("campaign", management.campaign(id));
        model.addAttribute(
                "findings",
                findings.list(new FindingFilter(null, null, null, null, null, id, null), Paging.of(page, null)));
        model.addAttribute("agencies", agencies.inScope());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("parties", parties.of(id));
        model.addAttribute("partyKinds", CampaignPartyKind.values());
        model.addAttribute("managesParties", parties.manageable());
        if (!model.containsAttribute("partyForm")) {
            model.addAttribute(
                    "partyForm", new NewCampaignParty(CampaignPartyKind.PROVINCIAL_POLICE, null, null, null));
        }
        if (!model.containsAttribute("findingForm")) {
            model.addAttribute("findingForm", FindingForm.empty());
        }
        return "assessments/campaign";
    }
}
