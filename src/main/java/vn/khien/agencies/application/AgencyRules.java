package vn.khien.agencies.application;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.MandateKind;
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
        List<FieldProblem> problems = fieldProblems(code, details);
        problems.addAll(credentialProblems(details));
        String parent = details.parentCode();
        if (parent != null) {
            if (directory.find(parent).isEmpty()) {
                problems.add(problem("parentCode", "agencies.error.parent-unknown"));
            } else if (code != null && directory.codesWithin(code).contains(parent)) {
                problems.add(problem("parentCode", "agencies.error.parent-cycle"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The checks that need nothing but the agency's own details (the import checks parents in bulk). */
    static List<FieldProblem> fieldProblems(String code, AgencyDetails details) {
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
        return problems;
    }

    /**
     * The licence's kind and the mandate, entered in the form and the API (the spreadsheets do not carry
     * them): a recorded licence names the service it covers and its validity; a designation names its document; only a
     * public service unit holds a public service function (Decree 85/2016 Art. 20.2.c, last indent).
     */
    static List<FieldProblem> credentialProblems(AgencyDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        var licence = details.licence();
        if (details.licensable() && licence.number() != null && licence.kind() == null) {
            problems.add(problem("licenceKind", "agencies.error.licence-kind-required"));
        }
        if (details.licensable() && licence.number() != null && licence.validFrom() == null) {
            problems.add(problem("licenceValidFrom", "agencies.error.licence-date-required"));
        }
        if (details.licensable() && licence.number() != null && licence.validUntil() == null) {
            problems.add(problem("licenceValidUntil", "agencies.error.licence-date-required"));
        }
        var mandate = details.mandate();
        if (mandate.kind() == MandateKind.DESIGNATED && mandate.reference() == null) {
            problems.add(problem("mandateReference", "agencies.error.mandate-reference-required"));
        }
        if (mandate.kind() == MandateKind.PUBLIC_SERVICE_FUNCTION && details.kind() != AgencyKind.PUBLIC_SERVICE_UNIT) {
            problems.add(problem("mandateKind", "agencies.error.mandate-public-service"));
        }
        if (mandate.validFrom() != null
                && mandate.validUntil() != null
                && mandate.validUntil().isBefore(mandate.validFrom())) {
            problems.add(problem("mandateValidUntil", "agencies.error.licence-period"));
        }
        return problems;
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
