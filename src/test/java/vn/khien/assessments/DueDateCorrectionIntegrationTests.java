package vn.khien.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khien.shared.InvalidInputException;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;
import vn.khien.support.Today;

/** {@link FindingRemediation#correctDueDate}: the coordinator's correction, past dates allowed. */
@KhienIntegrationTest
class DueDateCorrectionIntegrationTests extends AssessmentsTestSupport {

    @Autowired
    FindingRemediation findings;

    @Autowired
    OverdueRemediation overdue;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCoordinatorSetsAPastDueDateAndTheFindingBecomesOverdue() throws Exception {
        UUID finding = UUID.fromString(startedWithFinding()[1]);
        LocalDate past = Today.inVietnam().minusDays(10);
        signIn(COORDINATOR);
        findings.correctDueDate(finding, past, "Hạn khắc phục theo biên bản kiểm tra trước đó");
        assertThat(overdue.markOverdue(Today.inVietnam())).isPositive();
        assertThat(jdbc.sql("SELECT due_on || '/' || overdue_notified_on FROM assessments.finding WHERE id = :id")
                        .param("id", finding)
                        .query(String.class)
                        .single())
                .isEqualTo(past + "/" + Today.inVietnam());
        assertThat(auditActions(finding.toString())).contains("assessments.finding.due-corrected");
    }

    @Test
    void theAssessorAndTheAgencyMayNotCorrectADueDate() throws Exception {
        UUID finding = UUID.fromString(startedWithFinding()[1]);
        for (String user : new String[] {ASSESSOR, OFFICER}) {
            signIn(user);
            assertThatThrownBy(() -> findings.correctDueDate(finding, Today.inVietnam(), "Hạn mới"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aCorrectionNeedsADateAndAReason() throws Exception {
        UUID finding = UUID.fromString(startedWithFinding()[1]);
        signIn(COORDINATOR);
        assertThatThrownBy(() -> findings.correctDueDate(finding, null, "Hạn mới"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> findings.correctDueDate(finding, Today.inVietnam(), " "))
                .isInstanceOf(InvalidInputException.class);
    }

    private void signIn(String username) {
        SignedIn.inSecurityContext(users, username);
    }
}
