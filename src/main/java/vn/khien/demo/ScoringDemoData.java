package vn.khien.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.khien.scoring.ScoringCampaigns;
import vn.khien.scoring.ScoringCampaigns.Question;

/**
 * The demo province's evaluations, through scoring's public API only: the 2025 campaign published
 * (every fifth agency did not submit, and two departments gave the same answers, so the public page has
 * ties from the first start) and the 2026 campaign open for self-assessment, some agencies already in.
 * Answers are made up but fixed: each comes from the agency's code and the criterion's code.
 */
@Component
class ScoringDemoData implements DemoDataset {

    private static final String SET = "HUE-ATTT";

    private final ScoringCampaigns campaigns;
    private final Clock clock;

    ScoringDemoData(ScoringCampaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90; // after the registry, systems, assessments and registers the automatic criteria count
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        long last = campaigns.create(
                2025, SET, "Đánh giá, xếp hạng an toàn thông tin năm 2025", LocalDate.of(2025, 12, 31));
        campaigns.openSelfAssessment(last, today);
        List<String> agencies = campaigns.participants(last);
        List<Question> questions = campaigns.questions(last);
        for (int i = 0; i < agencies.size(); i++) {
            if (i % 5 != 4) {
                // the first two agencies answer alike (a tie on their self-assessed points)
                String answering = i == 1 ? agencies.get(0) : agencies.get(i);
                campaigns.submit(last, agencies.get(i), answers(answering, questions, 2025));
            }
        }
        campaigns.closeSelfAssessment(last);
        campaigns.publish(last);

        LocalDate endOf2026 = LocalDate.of(2026, 12, 31);
        long current = campaigns.create(2026, SET, "Đánh giá, xếp hạng an toàn thông tin năm 2026", endOf2026);
        campaigns.openSelfAssessment(current, today.isAfter(endOf2026) ? today : endOf2026);
        for (String agency : campaigns.participants(current)) {
            if (Math.floorMod(agency.hashCode(), 3) == 0 && !agency.equals("H57.02")) {
                campaigns.submit(current, agency, answers(agency, questions, 2026));
            }
        }
    }

    private static Map<String, String> answers(String agency, List<Question> questions, int year) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question q : questions) {
            int pick = Math.floorMod((agency + q.criterionCode() + year).hashCode(), 100);
            answers.put(
                    q.criterionCode(),
                    switch (q.type()) {
                        case YES_NO -> pick < 75 ? "YES" : "NO";
                        case LEVEL -> String.valueOf(Math.min(q.levels() - 1, pick * q.levels() / 80));
                        case NUMBER -> String.valueOf(pick % 45);
                    });
        }
        return answers;
    }
}
