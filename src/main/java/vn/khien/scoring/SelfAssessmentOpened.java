package vn.khien.scoring;

import java.util.List;
import vn.khien.shared.NotifiableEvent;
import vn.khien.shared.Recipient;

/**
 * A campaign opened its self-assessment: every officer and head of an agency the campaign evaluates
 * hears of it (in the app and by mail) with the closing date. The opening itself is audited by {@link
 * CampaignChanged}.
 *
 * @param closesOn the closing date as shown (dd/MM/yyyy)
 */
public record SelfAssessmentOpened(long campaignId, int year, String title, String closesOn, List<String> usernames)
        implements NotifiableEvent {

    public SelfAssessmentOpened {
        usernames = List.copyOf(usernames);
    }

    @Override
    public List<Recipient> recipients() {
        return Recipient.users(usernames);
    }

    @Override
    public String messageKey() {
        return "scoring.notice.self-assessment-opened";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(String.valueOf(year), closesOn, title);
    }

    @Override
    public String link() {
        return "/scoring/campaigns/" + campaignId;
    }
}
