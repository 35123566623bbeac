package vn.khien.compliance.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where an agency acts on an obligation ({@code @nextActions} in templates): the page that records
 * the missing fact. The page behind the link checks access itself; a rule without a page of its own
 * leads to its obligations.
 */
@Component("nextActions")
public class NextActions {

    private static final String AGENCY_FOCAL_POINTS = "agency-focal-points";
    private static final String SYSTEM = "system";

    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("ct14.focal-unit", AGENCY_FOCAL_POINTS),
            Map.entry("ct14.incident-contact", AGENCY_FOCAL_POINTS),
            Map.entry("ct14.focal-point-confirmation", AGENCY_FOCAL_POINTS),
            Map.entry("ct14.monitoring-arrangement", SYSTEM),
            Map.entry("ct14.national-monitoring-connection", SYSTEM),
            Map.entry("ct14.domestic-products", SYSTEM),
            Map.entry("nd85.level-approved", SYSTEM),
            Map.entry("ct14.assessment-level-3-4", "/assessments"),
            Map.entry("ct14.assessment-level-5", "/assessments"),
            Map.entry("ct14.assessor-independence", "/assessments"),
            Map.entry("nd85.assessment-cadence", "/assessments"),
            Map.entry("nd85.organisation-review", "/assessments"),
            Map.entry("ct14.agency-annual-report", "/registers/attestations"),
            Map.entry("ct14.coordination-regulation", "/registers/attestations"),
            Map.entry("ct14.telecom-security-unit", "/registers/attestations"),
            Map.entry("ct14.security-budget-share", "/registers/it-plans"),
            Map.entry("ct14.signing-credentials", "/registers/credentials"),
            Map.entry("ct14.security-workforce", "/registers/staff"),
            Map.entry("ct14.telecom-child-protection", "/registers/telecom-measures"));

    public String href(String rule, String subjectType, String subjectCode, String agencyCode) {
        String page = PAGES.get(rule);
        if (AGENCY_FOCAL_POINTS.equals(page)) {
            return "/agencies/" + agencyCode + "?tab=focal-points";
        }
        if (SYSTEM.equals(page)) {
            return "SYSTEM".equals(subjectType) ? "/systems/" + subjectCode : "/systems?owner=" + agencyCode;
        }
        if (page != null) {
            return page;
        }
        return UriComponentsBuilder.fromPath("/compliance/obligations")
                .queryParam("agency", agencyCode)
                .queryParam("rule", rule)
                .encode()
                .toUriString();
    }
}
