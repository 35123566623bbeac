package vn.khien.scoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.khien.scoring.application.NewCampaign;
import vn.khien.scoring.application.PointChange;

/** Request bodies of the scoring API. */
final class ScoringRequests {

    private ScoringRequests() {}

    record CampaignRequest(Integer year, String setCode, String title, LocalDate cutOff) {

        NewCampaign toData() {
            return new NewCampaign(year, setCode, title, cutOff);
        }
    }

    record OpenRequest(LocalDate closesOn) {}

    record SubmissionRequest(Map<String, String> answers) {}

    record VerificationRequest(String criterionCode, BigDecimal points, String reason) {}

    record CorrectionRequest(String reason, List<PointChange> changes) {}
}
