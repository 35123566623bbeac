package vn.khien.scoring;

import java.util.List;
import vn.khien.shared.NotifiableEvent;
import vn.khien.shared.Recipient;

/**
 * The coordinator asked an agency for more evidence on a criterion during verification: the agency's
 * officers hear of it (in the app and by mail). The request itself is audited by {@link SubmissionChanged}.
 */
public record EvidenceRequested(
        long campaignId, int year, String agencyCode, String criterionCode, String note, List<String> usernames)
        implements NotifiableEvent {

    public EvidenceRequested {
        usernames = List.copyOf(usernames);
    }

    @Override
    public List<Recipient> recipients() {
        return Recipient.users(usernames);
    }

    @Override
    public String messageKey() {
        return "scoring.notice.evidence-asked";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(String.valueOf(year), criterionCode, note);
    }

    @Override
    public String link() {
        return "/scoring/campaigns/" + campaignId + "/agencies/" + agencyCode;
    }
}
