package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.scoring.SubmissionChanged;
import vn.khien.shared.InvalidInputException;

/**
 * An agency's self-assessment in a campaign. It exists once the agency submits; submitting again
 * during the window replaces the answers. The coordinator's verification sets a criterion's points
 * with a reason, and the answer given stays beside them.
 */
@Table(schema = "scoring", name = "submission")
public class Submission extends AbstractAggregateRoot<Submission> {

    @Id
    private Long id;

    private final long campaign;
    private final String agencyCode;
    private Instant submittedAt;
    private String submittedBy;

    @MappedCollection(idColumn = "submission", keyColumn = "position")
    private List<Answer> answers;

    @MappedCollection(idColumn = "submission", keyColumn = "position")
    private List<EvidenceRequest> requests;

    @Version
    private int version;

    @PersistenceCreator
    Submission(
            Long id,
            long campaign,
            String agencyCode,
            Instant submittedAt,
            String submittedBy,
            List<Answer> answers,
            List<EvidenceRequest> requests,
            int version) {
        this.id = id;
        this.campaign = campaign;
        this.agencyCode = agencyCode;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.answers = new ArrayList<>(answers);
        this.requests = new ArrayList<>(requests == null ? List.of() : requests);
        this.version = version;
    }

    public static Submission first(long campaign, String agencyCode) {
        return new Submission(null, campaign, agencyCode, null, null, List.of(), List.of(), 0);
    }

    /**
     * Replaces the answers. Every value must answer a self-assessed criterion of the set in the way
     * its scale accepts; blank values are left unanswered (they earn nothing).
     */
    public void submit(CriteriaSet set, Map<String, String> values, String by, Instant at) {
        List<Answer> given = checked(set, values);
        String before = summary();
        answers = given;
        submittedAt = at;
        submittedBy = by;
        registerEvent(new SubmissionChanged(campaign, agencyCode, "submitted", before, summary()));
    }

    /**
     * During verification, the agency's answer to the coordinator's open requests for more evidence:
     * the requested criteria take the new answers (and lose the coordinator's points, to be verified
     * again); the other criteria may not change. Every open request is then answered.
     */
    public void resubmit(CriteriaSet set, Map<String, String> values, String by, Instant at) {
        var requested = openRequests().stream()
                .map(EvidenceRequest::criterionCode)
                .collect(java.util.stream.Collectors.toSet());
        if (requested.isEmpty()) {
            throw new vn.khien.shared.ConflictException(null, "scoring.submission.window-closed");
        }
        Map<String, Answer> given = new LinkedHashMap<>();
        checked(set, values).forEach(a -> given.put(a.criterionCode(), a));
        for (String code : values.keySet()) {
            Answer old = answerTo(code);
            Answer now = given.get(code);
            String oldValue = old == null ? null : old.value();
            String newValue = now == null ? null : now.value();
            if (!requested.contains(code) && !java.util.Objects.equals(oldValue, newValue)) {
                throw new InvalidInputException(List.of(problem(code, "scoring.evidence.not-requested")));
            }
        }
        String before = summary();
        answers.removeIf(a -> requested.contains(a.criterionCode()));
        given.values().stream()
                .filter(a -> requested.contains(a.criterionCode()))
                .forEach(answers::add);
        requests.replaceAll(r -> r.open() ? r.answered(at) : r);
        submittedAt = at;
        submittedBy = by;
        registerEvent(new SubmissionChanged(campaign, agencyCode, "resubmitted", before, summary()));
    }

    /** The coordinator asks, during verification, for more evidence on a self-assessed criterion. */
    public void requestEvidence(CriteriaSet set, String code, String note, String by, Instant at) {
        selfAssessed(set, code);
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "scoring.evidence.note-required");
        }
        if (note.length() > 1000) {
            throw new InvalidInputException("note", "scoring.verification.reason-too-long");
        }
        requests.removeIf(r -> r.open() && r.criterionCode().equals(code));
        requests.add(new EvidenceRequest(code, note.strip(), by, at, null));
        registerEvent(
                new SubmissionChanged(campaign, agencyCode, "evidence-requested", null, code + ": " + note.strip()));
    }

    public List<EvidenceRequest> openRequests() {
        return requests.stream().filter(EvidenceRequest::open).toList();
    }

    private List<Answer> checked(CriteriaSet set, Map<String, String> values) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        List<Answer> given = new ArrayList<>();
        values.forEach((code, raw) -> {
            String value = raw == null ? "" : raw.strip();
            var criterion = set.criterion(code).filter(c -> !c.automatic());
            if (criterion.isEmpty()) {
                problems.add(problem(code, "scoring.answer.unknown-criterion"));
            } else if (!value.isEmpty() && !criterion.get().scale().accepts(value)) {
                problems.add(problem(code, "scoring.answer.invalid"));
            } else if (!value.isEmpty()) {
                given.add(new Answer(code, value, null, null, null));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return given;
    }

    private static Criterion selfAssessed(CriteriaSet set, String code) {
        return set.criterion(code)
                .filter(c -> !c.automatic())
                .orElseThrow(() -> new InvalidInputException("criterionCode", "scoring.answer.unknown-criterion"));
    }

    /** The coordinator's points for a self-assessed criterion, within its maximum, with a reason. */
    public void verify(CriteriaSet set, String code, BigDecimal points, String reason, String by) {
        var criterion = selfAssessed(set, code);
        if (points == null || points.signum() < 0 || points.compareTo(criterion.maxPoints()) > 0) {
            throw new InvalidInputException("points", "scoring.verification.points-range", criterion.maxPoints());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "scoring.verification.reason-required");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException("reason", "scoring.verification.reason-too-long");
        }
        Answer old = answerTo(code);
        Answer verified = new Answer(code, old == null ? null : old.value(), Points.of(points), reason.strip(), by);
        answers.removeIf(a -> a.criterionCode().equals(code));
        answers.add(verified);
        registerEvent(new SubmissionChanged(
                campaign,
                agencyCode,
                "verified",
                code + ": " + (old == null || old.verifiedPoints() == null ? "-" : old.verifiedPoints()),
                code + ": " + verified.verifiedPoints() + " (" + verified.verificationReason() + ")"));
    }

    private static InvalidInputException.FieldProblem problem(String code, String key) {
        return new InvalidInputException.FieldProblem("answers[" + code + "]", key, List.of(code));
    }

    private Answer answerTo(String code) {
        return answers.stream()
                .filter(a -> a.criterionCode().equals(code))
                .findFirst()
                .orElse(null);
    }

    private String summary() {
        StringBuilder s = new StringBuilder();
        answers.forEach(a -> s.append(s.isEmpty() ? "" : ", ")
                .append(a.criterionCode())
                .append('=')
                .append(a.value()));
        return s.toString();
    }

    /** The answers by criterion code, as scoring reads them. */
    public Map<String, SubmittedAnswer> forScoring() {
        Map<String, SubmittedAnswer> byCode = new LinkedHashMap<>();
        answers.forEach(a -> byCode.put(a.criterionCode(), a.forScoring()));
        return byCode;
    }

    public Long id() {
        return id;
    }

    public long campaign() {
        return campaign;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }
}
