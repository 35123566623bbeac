package vn.khien.scoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.scoring.CampaignChanged;
import vn.khien.scoring.CampaignState;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ShownDate;

/**
 * A yearly evaluation with one criteria set: {@code OPEN → SELF_ASSESSMENT → VERIFICATION →
 * PUBLISHED}, or {@code CANCELLED} before publication. Agencies answer until the closing date
 * (inclusive); the coordinator closes from that day on; publishing needs the cut-off date passed, so
 * that the automatic criteria count a finished day. A published campaign only gains correction
 * versions.
 */
@Table(schema = "scoring", name = "campaign")
public class Campaign extends AbstractAggregateRoot<Campaign> {

    @Id
    private Long id;

    private final int year;
    private final String setCode;
    private final int setVersion;
    private final String title;
    private final LocalDate cutOff;
    private LocalDate closesOn;
    private CampaignState state;
    private final Instant createdAt;
    private int publishedVersion;

    @Version
    private int version;

    @PersistenceCreator
    Campaign(
            Long id,
            int year,
            String setCode,
            int setVersion,
            String title,
            LocalDate cutOff,
            LocalDate closesOn,
            CampaignState state,
            Instant createdAt,
            int publishedVersion,
            int version) {
        this.id = id;
        this.year = year;
        this.setCode = setCode;
        this.setVersion = setVersion;
        this.title = title;
        this.cutOff = cutOff;
        this.closesOn = closesOn;
        this.state = state;
        this.createdAt = createdAt;
        this.publishedVersion = publishedVersion;
        this.version = version;
    }

    /** A new campaign of a year the set applies to, counting automatic criteria as of a day of that year. */
    public static Campaign create(int year, CriteriaSet set, String title, LocalDate cutOff, Instant now) {
        if (!set.appliesTo(year)) {
            throw new InvalidInputException(
                    "year",
                    "scoring.campaign.year-outside-set",
                    String.valueOf(set.yearFrom()),
                    String.valueOf(set.yearTo()));
        }
        if (cutOff == null || cutOff.getYear() != year) {
            throw new InvalidInputException("cutOff", "scoring.campaign.cut-off-in-year", String.valueOf(year));
        }
        return new Campaign(
                null, year, set.code(), set.version(), title.strip(), cutOff, null, CampaignState.OPEN, now, 0, 0);
    }

    public Campaign announceCreated() {
        return changed("created", year + " " + title + " (" + setCode + " v" + setVersion + ")");
    }

    public void openSelfAssessment(LocalDate closingDate, LocalDate today) {
        require(CampaignState.OPEN);
        if (closingDate == null || closingDate.isBefore(today)) {
            throw new InvalidInputException("closesOn", "scoring.campaign.closes-in-past");
        }
        closesOn = closingDate;
        state = CampaignState.SELF_ASSESSMENT;
        changed("self-assessment-opened", "closes on " + closingDate);
    }

    public void closeSelfAssessment(LocalDate today) {
        require(CampaignState.SELF_ASSESSMENT);
        if (today.isBefore(closesOn)) {
            throw new ConflictException(null, "scoring.campaign.window-still-open", ShownDate.of(closesOn));
        }
        state = CampaignState.VERIFICATION;
        changed("self-assessment-closed", null);
    }

    /** Publishes the first version; returns its number. */
    public int publish(LocalDate today) {
        require(CampaignState.VERIFICATION);
        if (!today.isAfter(cutOff)) {
            throw new ConflictException(null, "scoring.campaign.cut-off-not-passed", ShownDate.of(cutOff));
        }
        state = CampaignState.PUBLISHED;
        publishedVersion = 1;
        return publishedVersion;
    }

    /** A correction of the published ranking; returns the new version's number. */
    public int correct() {
        require(CampaignState.PUBLISHED);
        return ++publishedVersion;
    }

    public void announcePublished(String sha256, String reason) {
        changed(
                publishedVersion == 1 ? "published" : "corrected",
                "version " + publishedVersion + ", SHA-256 " + sha256 + (reason == null ? "" : ": " + reason));
    }

    public void cancel() {
        if (state == CampaignState.PUBLISHED || state == CampaignState.CANCELLED) {
            throw new ConflictException("scoring.campaign.wrong-state");
        }
        state = CampaignState.CANCELLED;
        changed("cancelled", null);
    }

    /** Agencies answer during self-assessment, up to and including the closing date. */
    public boolean acceptsAnswers(LocalDate today) {
        return state == CampaignState.SELF_ASSESSMENT && !today.isAfter(closesOn);
    }

    public boolean inVerification() {
        return state == CampaignState.VERIFICATION;
    }

    private void require(CampaignState expected) {
        if (state != expected) {
            throw new ConflictException("scoring.campaign.wrong-state");
        }
    }

    private Campaign changed(String change, String summary) {
        registerEvent(new CampaignChanged(id == null ? 0 : id, year, state, change, summary));
        return this;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String setCode() {
        return setCode;
    }

    public int setVersion() {
        return setVersion;
    }

    public String title() {
        return title;
    }

    public LocalDate cutOff() {
        return cutOff;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public CampaignState state() {
        return state;
    }

    public int publishedVersion() {
        return publishedVersion;
    }
}
