package vn.khien.scoring.web;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.khien.scoring.Formula;

/**
 * Where the records an automatic criterion counted can be read and acted on, for one agency: the
 * scorecard links each formula to that list, so that the points lost lead to what would win them back.
 * The lists check access themselves; the public scorecard shows no such link.
 */
@Component("criterionRecords")
class CriterionRecords {

    public String of(Formula formula, java.util.List<String> rules, String agencyCode) {
        if (formula == null) {
            return null;
        }
        UriComponentsBuilder path = switch (formula) {
            case OBLIGATIONS_MET_ON_TIME ->
                rules.isEmpty()
                        ? UriComponentsBuilder.fromPath("/compliance/obligations")
                                .queryParam("agency", agencyCode)
                        : UriComponentsBuilder.fromPath("/compliance/obligations")
                                .queryParam("agency", agencyCode)
                                .queryParam("rule", String.join(",", rules));
            case SYSTEMS_LEVEL_APPROVED ->
                UriComponentsBuilder.fromPath("/systems").queryParam("owner", agencyCode);
            case LEVEL3_SYSTEMS_ASSESSED ->
                UriComponentsBuilder.fromPath("/assessments").queryParam("agency", agencyCode);
            case FOCAL_POINTS_CURRENT ->
                UriComponentsBuilder.fromPath("/agencies/{code}").uriVariables(java.util.Map.of("code", agencyCode));
            case FINDINGS_CLOSED_ON_TIME ->
                UriComponentsBuilder.fromPath("/findings").queryParam("agency", agencyCode);
        };
        return path.encode().build().toUriString();
    }
}
