package vn.khien.assessments.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.khien.agencies.AssessorCredentials;
import vn.khien.agencies.LicenceKind;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ShownDate;

/**
 * Decree 85/2016 Art. 20.2.c, last indent: the assessment of a level 3+ system is done by a licensed
 * specialised organisation or a state public service organisation whose functions fit or a specialised
 * organisation designated by the competent authority. So an assessment with a level 3+ system in scope is
 * done by an organisation holding on every day of the work a licence for the inspection and assessment
 * service (Law 86/2015 Art. 41.1.a) or a public service function or a designation. Below level 3 the text
 * asks nothing of the assessor: an agency may check its own level 1–2 systems.
 */
// "Việc kiểm tra, đánh giá an toàn thông tin và đánh giá rủi ro an toàn thông tin đối với hệ thống từ cấp
// độ 3 trở lên phải do tổ chức chuyên môn được cơ quan có thẩm quyền cấp phép; tổ chức sự nghiệp nhà nước
// có chức năng, nhiệm vụ phù hợp hoặc do tổ chức chuyên môn được cấp có thẩm quyền chỉ định thực hiện."
public final class Qualification {

    static final int FROM_LEVEL = 3;

    private Qualification() {}

    /** Whether the rule applies: a system of level 3 or above is in scope (its level when put in scope). */
    public static boolean required(List<ScopeSystem> systems) {
        return systems.stream().anyMatch(s -> s.systemLevel() != null && s.systemLevel() >= FROM_LEVEL);
    }

    /** Why {@code credentials} do not qualify the assessor from {@code from} to {@code to}; empty when they do. */
    public static Optional<InvalidInputException> problem(
            Optional<AssessorCredentials> credentials, LocalDate from, LocalDate to) {
        if (credentials.isEmpty()) {
            return refused("assessments.error.unqualified.none", from, to);
        }
        var c = credentials.get();
        if (c.licenceCovers(LicenceKind.SECURITY_ASSESSMENT, from, to) || c.mandateCovers(from, to)) {
            return Optional.empty();
        }
        if (c.hasLicence() && c.licenceKind() == LicenceKind.SECURITY_ASSESSMENT) {
            return refused(
                    "assessments.error.unqualified.licence-period",
                    from,
                    to,
                    day(c.licenceValidFrom()),
                    day(c.licenceValidUntil()));
        }
        if (c.mandateKind() != null) {
            return refused(
                    "assessments.error.unqualified.mandate-period",
                    from,
                    to,
                    day(c.mandateValidFrom()),
                    day(c.mandateValidUntil()));
        }
        if (c.hasLicence()) {
            return refused("assessments.error.unqualified.licence-kind", from, to);
        }
        return refused("assessments.error.unqualified.none", from, to);
    }

    private static Optional<InvalidInputException> refused(String key, LocalDate from, LocalDate to, String... more) {
        var arguments = new java.util.ArrayList<Object>(List.of(day(from), day(to)));
        arguments.addAll(List.of(more));
        return Optional.of(new InvalidInputException("assessorCode", key, arguments.toArray()));
    }

    /** Dates in messages as the house shows them. */
    private static String day(LocalDate date) {
        return date == null ? "…" : ShownDate.of(date);
    }
}
