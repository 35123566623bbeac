package vn.khien.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What other modules (the demo province) may do with campaigns, under the same access checks and
 * audit as the pages: create one, open and close its self-assessment, submit an agency's answers and
 * publish the ranking.
 */
public interface ScoringCampaigns {

    /** Creates a campaign of the year with the newest version of the set; returns its id. */
    long create(int year, String setCode, String title, LocalDate cutOff);

    void openSelfAssessment(long campaign, LocalDate closesOn);

    /** The agency's answers by criterion code (YES/NO, a level's index from 0, or a number). */
    void submit(long campaign, String agencyCode, Map<String, String> answers);

    void closeSelfAssessment(long campaign);

    void publish(long campaign);

    /** The codes of the agencies the campaign evaluates (active agencies of the set's kinds), in code order. */
    List<String> participants(long campaign);

    /** The self-assessed criteria of the campaign's set, in the set's order. */
    List<Question> questions(long campaign);

    /** A self-assessed criterion as an answering party sees it: code, answer type, number of levels. */
    record Question(String criterionCode, AnswerType type, int levels) {}
}
