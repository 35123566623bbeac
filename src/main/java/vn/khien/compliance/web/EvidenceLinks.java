package vn.khien.compliance.web;

import org.springframework.stereotype.Component;

/**
 * Where the evidence behind an obligation is shown ({@code @evidenceLinks} in templates). The page
 * behind the link checks access itself; a link only saves the reader a search.
 */
@Component("evidenceLinks")
public class EvidenceLinks {

    public String href(String evidence) {
        if (evidence == null) {
            return null;
        }
        int colon = evidence.indexOf(':');
        String type = colon < 0 ? evidence : evidence.substring(0, colon);
        String id = colon < 0 ? "" : evidence.substring(colon + 1);
        return switch (type) {
            case "system" -> "/systems/" + id;
            case "focal-point" -> "/agencies/" + id + "?tab=focal-points";
            case "assessment" -> "/assessments/" + id;
            default -> null;
        };
    }

    /** Where the subject itself is shown. */
    public String subject(String subjectType, String code) {
        return ("SYSTEM".equals(subjectType) ? "/systems/" : "/agencies/") + code;
    }
}
