package vn.khien.systems.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.shared.FormErrors;
import vn.khien.systems.AssetKind;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.ServiceKind;
import vn.khien.systems.application.DossierQueries;
import vn.khien.systems.application.InventoryCommands.AddAsset;
import vn.khien.systems.application.InventoryCommands.AddProduct;
import vn.khien.systems.application.InventoryCommands.Arrange;
import vn.khien.systems.application.InventoryCommands.ProposeLevel;
import vn.khien.systems.application.SystemManagement;
import vn.khien.systems.application.SystemQueries;

/**
 * One system's page with its tabs (overview and components, assets, products, arrangements,
 * dossiers) and the small forms that add or remove what hangs on it. A bad entry re-shows the tab
 * with the message next to the field.
 */
@Controller
@RequestMapping("/systems/{code}")
class SystemDetailPageController {

    static final List<String> TABS =
            List.of("overview", "compliance", "incidents", "assets", "products", "arrangements", "dossiers", "history");
    private static final Set<AgencyKind> PROVIDERS =
            Set.of(AgencyKind.SERVICE_PROVIDER, AgencyKind.TELECOM_OPERATOR, AgencyKind.ASSESSMENT_ORGANISATION);

    private final SystemManagement management;
    private final SystemQueries queries;
    private final DossierQueries dossiers;
    private final AgencyDirectory agencies;

    SystemDetailPageController(
            SystemManagement management, SystemQueries queries, DossierQueries dossiers, AgencyDirectory agencies) {
        this.management = management;
        this.queries = queries;
        this.dossiers = dossiers;
        this.agencies = agencies;
    }

    @GetMapping
    String show(@PathVariable String code, @RequestParam(required = false) String tab, Model model) {
        return page(code, tab != null && TABS.contains(tab) ? tab : "overview", model);
    }

    @PostMapping("/assets")
    String addAsset(
            @PathVariable String code,
            @ModelAttribute("assetForm") AddAsset form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return change(
                code,
                "assets",
                errors,
                model,
                redirect,
                () -> management.addAsset(code, form.kind(), form.value(), form.confirmed()));
    }

    @PostMapping("/assets/{id}/shared")
    String confirmAssetShared(@PathVariable String code, @PathVariable UUID id, RedirectAttributes redirect) {
        management.confirmAssetShared(code, id);
        return done(code, "assets", redirect);
    }

    @PostMapping("/assets/{id}/delete")
    String removeAsset(@PathVariable String code, @PathVariable UUID id, RedirectAttributes redirect) {
        management.removeAsset(code, id);
        return done(code, "assets", redirect);
    }

    @PostMapping("/products")
    String addProduct(
            @PathVariable String code,
            @ModelAttribute("productForm") AddProduct f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String view = change(
                code,
                "products",
                errors,
                model,
                redirect,
                () -> management.addProduct(
                        code, f.product(), f.vendor(), f.category(), f.origin(), f.justification()));
        if (view.startsWith("redirect:")
                && f.origin() == ProductOrigin.FOREIGN
                && (f.justification() == null || f.justification().isBlank())) {
            // a preference, not a duty: saved, with the advice instead of an error
            redirect.addFlashAttribute("notice", "systems.product.saved-foreign-advice");
        }
        return view;
    }

    @PostMapping("/products/{id}/delete")
    String removeProduct(@PathVariable String code, @PathVariable UUID id, RedirectAttributes redirect) {
        management.removeProduct(code, id);
        return done(code, "products", redirect);
    }

    @PostMapping("/arrangements")
    String arrange(
            @PathVariable String code,
            @ModelAttribute("arrangementForm") Arrange f,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return change(
                code,
                "arrangements",
                errors,
                model,
                redirect,
                () -> management.arrange(code, f.service(), f.providerCode(), f.from(), f.to()));
    }

    @PostMapping("/arrangements/{id}/delete")
    String removeArrangement(@PathVariable String code, @PathVariable UUID id, RedirectAttributes redirect) {
        management.removeArrangement(code, id);
        return done(code, "arrangements", redirect);
    }

    private String change(
            String code, String tab, BindingResult errors, Model model, RedirectAttributes redirect, Runnable work) {
        return FormErrors.submit(
                errors,
                () -> {
                    work.run();
                    return done(code, tab, redirect);
                },
                () -> page(code, tab, model));
    }

    private static String done(String code, String tab, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "systems.saved");
        return "redirect:/systems/" + code + "?tab=" + tab;
    }

    private String page(String code, String tab, Model model) {
        var system = queries.detail(code);
        model.addAttribute("system", system);
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", TABS);
        if (tab.equals("dossiers")) {
            model.addAttribute("dossiers", dossiers.list(code));
        }
        if (!model.containsAttribute("assetForm")) {
            model.addAttribute("assetForm", new AddAsset(AssetKind.CIDR, null, false));
        }
        if (!model.containsAttribute("productForm")) {
            model.addAttribute("productForm", new AddProduct(null, null, null, ProductOrigin.DOMESTIC, null));
        }
        if (!model.containsAttribute("arrangementForm")) {
            model.addAttribute("arrangementForm", new Arrange(ServiceKind.MONITORING, null, null, null));
        }
        if (!model.containsAttribute("dossierForm")) {
            model.addAttribute("dossierForm", new ProposeLevel(system.proposedLevel(), null));
        }
        model.addAttribute("assetKinds", AssetKind.values());
        model.addAttribute("mayConfirmOverlaps", management.mayConfirmOverlaps());
        model.addAttribute("awaitingShared", management.assetsAwaitingSharedDecision(code));
        model.addAttribute("origins", ProductOrigin.values());
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute(
                "providers",
                agencies.listActive().stream()
                        .filter(a -> PROVIDERS.contains(a.kind()))
                        .toList());
        return "systems/detail";
    }
}
