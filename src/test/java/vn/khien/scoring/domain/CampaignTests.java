package vn.khien.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.khien.scoring.CampaignState;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/** The campaign's states and the guards on each move, at both sides of each date. */
class CampaignTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Campaign open2025() {
        return Campaign.create(2025, Fixtures.aSet(true), " Năm 2025 ", LocalDate.of(2025, 12, 31), Instant.EPOCH);
    }

    @Test
    void createsOnlyForAYearOfTheSetWithACutOffInThatYear() {
        assertThat(open2025().state()).isEqualTo(CampaignState.OPEN);
        assertThat(open2025().title()).isEqualTo("Năm 2025");
        assertThatThrownBy(
                        () -> Campaign.create(2031, Fixtures.aSet(true), "x", LocalDate.of(2031, 1, 1), Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(
                        () -> Campaign.create(2025, Fixtures.aSet(true), "x", LocalDate.of(2026, 1, 1), Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void selfAssessmentOpensWithAClosingDateFromTodayOn() {
        Campaign campaign = open2025();
        assertThatThrownBy(() -> campaign.openSelfAssessment(TODAY.minusDays(1), TODAY))
                .isInstanceOf(InvalidInputException.class);
        campaign.openSelfAssessment(TODAY, TODAY);
        assertThat(campaign.state()).isEqualTo(CampaignState.SELF_ASSESSMENT);
        assertThatThrownBy(() -> campaign.openSelfAssessment(TODAY, TODAY)).isInstanceOf(ConflictException.class);
    }

    @Test
    void answersAreAcceptedUpToAndIncludingTheClosingDate() {
        Campaign campaign = open2025();
        assertThat(campaign.acceptsAnswers(TODAY)).isFalse();
        campaign.openSelfAssessment(TODAY.plusDays(5), TODAY);
        assertThat(campaign.acceptsAnswers(TODAY.plusDays(5))).isTrue();
        assertThat(campaign.acceptsAnswers(TODAY.plusDays(6))).isFalse();
    }

    @Test
    void selfAssessmentClosesFromTheClosingDateOn() {
        Campaign campaign = open2025();
        campaign.openSelfAssessment(TODAY.plusDays(1), TODAY);
        assertThatThrownBy(() -> campaign.closeSelfAssessment(TODAY)).isInstanceOf(ConflictException.class);
        campaign.closeSelfAssessment(TODAY.plusDays(1));
        assertThat(campaign.state()).isEqualTo(CampaignState.VERIFICATION);
    }

    @Test
    void publishesFromVerificationOnlyOnceTheCutOffHasPassed() {
        Campaign campaign = open2025();
        assertThatThrownBy(() -> campaign.publish(TODAY)).isInstanceOf(ConflictException.class);
        campaign.openSelfAssessment(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 11, 1));
        campaign.closeSelfAssessment(LocalDate.of(2025, 12, 1));
        assertThatThrownBy(() -> campaign.publish(LocalDate.of(2025, 12, 31))).isInstanceOf(ConflictException.class);
        assertThat(campaign.publish(LocalDate.of(2026, 1, 1))).isEqualTo(1);
        assertThat(campaign.state()).isEqualTo(CampaignState.PUBLISHED);
        assertThat(campaign.correct()).isEqualTo(2);
        assertThat(campaign.correct()).isEqualTo(3);
    }

    @Test
    void onlyAPublishedCampaignIsCorrectedAndItIsNeverCancelled() {
        Campaign campaign = open2025();
        assertThatThrownBy(campaign::correct).isInstanceOf(ConflictException.class);
        campaign.openSelfAssessment(TODAY, TODAY);
        campaign.closeSelfAssessment(TODAY);
        campaign.publish(TODAY);
        assertThatThrownBy(campaign::cancel).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCampaignIsCancelledBeforePublicationAndThenStaysCancelled() {
        Campaign campaign = open2025();
        campaign.cancel();
        assertThat(campaign.state()).isEqualTo(CampaignState.CANCELLED);
        assertThatThrownBy(campaign::cancel).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> campaign.openSelfAssessment(TODAY, TODAY)).isInstanceOf(ConflictException.class);
    }
}
