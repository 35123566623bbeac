package vn.khien.systems.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.khien.shared.ConflictException;
import vn.khien.systems.DossierStatus;
import vn.khien.systems.LevelDossierChanged;

class LevelDossierTests {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
    private static final LevelDecision DECISION = new LevelDecision("123/QĐ-UBND", LocalDate.of(2026, 11, 25), "H57");

    @Test
    void aDossierGoesThroughDraftSubmittedAppraisedApproved() {
        var dossier = LevelDossier.draft("HUE.X", 1, 3, "thuyết minh", NOW);
        dossier.submit(NOW);
        dossier.appraise("Đạt", "dieuphoi", NOW);
        dossier.approve(DECISION, NOW);
        assertThat(dossier.status()).isEqualTo(DossierStatus.APPROVED);
        assertThat(dossier.decision()).isEqualTo(DECISION);
        assertThat(dossier.pendingEvents())
                .extracting(e -> ((LevelDossierChanged) e).action())
                .containsExactly(
                        "systems.dossier.created",
                        "systems.dossier.submitted",
                        "systems.dossier.appraised",
                        "systems.dossier.approved");
    }

    @Test
    void aReturnedDossierIsRevisedAndSubmittedAgain() {
        var dossier = LevelDossier.draft("HUE.X", 1, 1, null, NOW);
        dossier.submit(NOW);
        dossier.returnWith("Thiếu phương án bảo đảm an toàn", NOW);
        assertThat(dossier.returnReasons()).contains("phương án");
        dossier.revise(2, "đã bổ sung", NOW);
        dossier.submit(NOW);
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.proposedLevel()).isEqualTo(2);
        assertThat(dossier.returnReasons()).isNull();
    }

    @Test
    void anAppraisedDossierCanStillBeReturnedByTheApprover() {
        var dossier = LevelDossier.draft("HUE.X", 1, 3, null, NOW);
        dossier.submit(NOW);
        dossier.appraise("Đạt", "dieuphoi", NOW);
        dossier.returnWith("Cần ý kiến của Bộ", NOW);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        var draft = LevelDossier.draft("HUE.X", 1, 2, null, NOW);
        assertThatThrownBy(() -> draft.approve(DECISION, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.appraise("x", "y", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.returnWith("x", NOW)).isInstanceOf(ConflictException.class);
        draft.submit(NOW);
        assertThatThrownBy(() -> draft.submit(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.revise(3, null, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anApprovedDossierIsARecordThatTakesNoMoreDocuments() {
        var dossier = LevelDossier.draft("HUE.X", 1, 2, null, NOW);
        dossier.submit(NOW);
        dossier.appraise("Đạt", "dieuphoi", NOW);
        dossier.approve(DECISION, NOW);
        var attachment = new Attachment(UUID.randomUUID(), "a.pdf", "application/pdf", 10, "0".repeat(64), "x", NOW);
        assertThatThrownBy(() -> dossier.attach(attachment)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> dossier.revise(3, null, NOW)).isInstanceOf(ConflictException.class);
    }
}
