package vn.khien.agencies.application;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.domain.AgencyDetails;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;

/** Checks on an agency's details that need the registry: the parent exists and is not below it. */
@Component
class AgencyRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final AgencyDirectory directory;

    AgencyRules(AgencyDirectory directory) {
        this.directory = directory;
    }

    void check(String code, AgencyDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add(problem("code", "agencies.error.code-format"));
        }
        if (details.name() == null || details.name().isBlank()) {
            problems.add(problem("name", "agencies.error.name-required"));
        }
        if (details.kind() == null) {
            problems.add(problem("kind", "agencies.error.kind-required"));
        }
        String parent = details.parentCode();
        if (parent != null) {
            if (directory.find(parent).isEmpty()) {
                problems.add(problem("parentCode", "agencies.error.parent-unknown"));
            } else if (code != null && directory.codesWithin(code).contains(parent)) {
                problems.add(problem("parentCode", "agencies.error.parent-cycle"));
            }
        }
        if (details.website() != null && !isWebAddress(details.website())) {
            problems.add(problem("website", "agencies.error.website"));
        }
        var licence = details.licence();
        if (details.licensable()
                && licence.validFrom() != null
                && licence.validUntil() != null
                && licence.validUntil().isBefore(licence.validFrom())) {
            problems.add(problem("licenceValidUntil", "agencies.error.licence-period"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static FieldProblem problem(String field, String key) {
        return new FieldProblem(field, key, List.of());
    }
}
