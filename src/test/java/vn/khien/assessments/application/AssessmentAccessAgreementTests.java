package vn.khien.assessments.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.assessments.application.AssessmentAccess.Owners;
import vn.khien.assessments.domain.AssessmentRepository;
import vn.khien.assessments.domain.FindingRepository;
import vn.khien.assessments.domain.PlanRepository;
import vn.khien.identity.Viewer;
import vn.khien.shared.RowAccess;
import vn.khien.support.DemoViewers;
import vn.khien.support.KhienIntegrationTest;

/** Plans, assessments and findings: the Java check and the SQL condition select the same demo rows. */
@KhienIntegrationTest
class AssessmentAccessAgreementTests extends DemoViewers {

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    FindingRepository findings;

    @Autowired
    PlanRepository plans;

    @Autowired
    FindingManagement findingManagement;

    @ParameterizedTest
    @FieldSource("USERS")
    void assessmentsAgree(String username) {
        var viewer = signIn(username);
        agree(
                viewer,
                AssessmentAccess.ASSESSMENTS,
                "assessments.assessment",
                assessments.findAll(),
                a -> a.id(),
                a -> new Owners(a.agencyCode(), a.assessorCode()));
    }

    @ParameterizedTest
    @FieldSource("USERS")
    void findingsAgree(String username) {
        var viewer = signIn(username);
        agree(
                viewer,
                AssessmentAccess.FINDINGS,
                "assessments.finding",
                findings.findAll(),
                f -> f.id(),
                f -> new Owners(f.agencyCode(), findingManagement.assessorOf(f)));
    }

    @ParameterizedTest
    @FieldSource("USERS")
    void plansAgree(String username) {
        var viewer = signIn(username);
        agree(
                viewer,
                AssessmentAccess.PLANS,
                "assessments.plan",
                plans.findAll(),
                p -> p.id(),
                p -> new Owners(p.agencyCode(), null));
    }

    private <T> void agree(
            Viewer viewer,
            RowAccess<Viewer, Owners> rows,
            String table,
            List<T> all,
            Function<T, UUID> id,
            Function<T, Owners> owners) {
        assertThat(all.stream()
                        .filter(row -> rows.allows(viewer, owners.apply(row)))
                        .map(id)
                        .collect(Collectors.toSet()))
                .isEqualTo(selected(
                        "SELECT t.id FROM " + table + " t WHERE " + rows.where("t"),
                        rows.parameters(viewer),
                        UUID.class));
    }
}
