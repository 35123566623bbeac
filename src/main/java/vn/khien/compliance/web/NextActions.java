package vn.khien.compliance.web;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.khien.compliance.application.PackCatalogue;

/**
 * Where an agency acts on an obligation ({@code @nextActions} in templates): the form that records the
 * missing fact, prefilled where the rule says what is missing — an attestation of the rule's kind for the
 * agency, an assessment of the system — else the agency's own list of the register the rule reads. The
 * page behind the link checks access itself; a rule without a page of its own leads to its obligations.
 */
@Component("nextActions")
public class NextActions {

    private static final String AGENCY_FOCAL_POINTS = "agency-focal-points";
    private static final String SYSTEM = "system";

    /** The register or page a rule reads, where its evidence kind does not already say it. */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("ct14.focal-unit", AGENCY_FOCAL_POINTS),
            Map.entry("ct14.incident-contact", AGENCY_FOCAL_POINTS),
            Map.entry("ct14.focal-point-confirmation", AGENCY_FOCAL_POINTS),
            Map.entry("ct14.monitoring-arrangement", SYSTEM),
            Map.entry("ct14.national-monitoring-connection", SYSTEM),
            Map.entry("ct14.domestic-products", SYSTEM),
            Map.entry("nd85.level-approved", SYSTEM),
            Map.entry("ct14.security-budget-share", "/registers/it-plans"),
            Map.entry("ct14.signing-credentials", "/registers/credentials"),
            Map.entry("ct14.security-workforce", "/registers/staff"),
            Map.entry("ct14.telecom-child-protection", "/registers/telecom-measures"),
            // the reports Khiên drafts: written and submitted on the reports page, not typed as an attestation
            Map.entry("ct14.agency-annual-report", "/reports"),
            Map.entry("ct14.provincial-report-level-3-4", "/reports"),
            Map.entry("ct14.provincial-report-level-5", "/reports"));

    private final PackCatalogue catalogue;

    NextActions(PackCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public String href(String rule, String subjectType, String subjectCode, String agencyCode) {
        boolean onSystem = "SYSTEM".equals(subjectType);
        String page = PAGES.get(rule);
        Optional<PackCatalogue.Evidence> evidence = catalogue.evidence(rule);
        String attestation =
                evidence.map(PackCatalogue.Evidence::attestationKind).orElse(null);
        if (attestation != null && page == null) {
            return build("/registers/attestations/new", "agency", agencyCode, "kind", attestation);
        }
        if (onSystem && evidence.map(PackCatalogue.Evidence::assessment).orElse(false)) {
            return build("/assessments/new", "system", subjectCode, null, null);
        }
        if (AGENCY_FOCAL_POINTS.equals(page)) {
            return "/agencies/" + encoded(agencyCode) + "?tab=focal-points";
        }
        if (SYSTEM.equals(page)) {
            return onSystem ? "/systems/" + encoded(subjectCode) : build("/systems", "owner", agencyCode, null, null);
        }
        if (page != null) {
            return build(page, "agency", agencyCode, null, null);
        }
        return build("/compliance/obligations", "agency", agencyCode, "rule", rule);
    }

    private static String build(String path, String name, String value, String name2, String value2) {
        var uri = UriComponentsBuilder.fromPath(path).queryParam(name, value);
        if (name2 != null) {
            uri.queryParam(name2, value2);
        }
        return uri.encode().toUriString();
    }

    private static String encoded(String code) {
        return UriComponentsBuilder.fromPath("/{c}")
                .buildAndExpand(code)
                .encode()
                .toUriString()
                .substring(1);
    }
}
