package vn.khien.scoring.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.compliance.DatedDuties;
import vn.khien.compliance.DatedDuty;
import vn.khien.compliance.ObligationStatus;
import vn.khien.scoring.CampaignState;
import vn.khien.scoring.domain.Participant;
import vn.khien.shared.EnumSql;

/**
 * The closing date of a campaign's self-assessment as a duty of every agency it evaluates, for the
 * compliance calendar, its feed and the daily digest: met once submitted; until then due, due soon or,
 * past the closing date while the window is still open, overdue; violated once the window is closed
 * without a submission ("không nộp").
 */
@Component
class SelfAssessmentDuties implements DatedDuties {

    static final String KIND = "scoring.self-assessment";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final CriteriaSetCatalogue sets;
    private final LiveScores live;
    private final MessageSource messages;

    SelfAssessmentDuties(JdbcClient jdbc, CriteriaSetCatalogue sets, LiveScores live, MessageSource messages) {
        this.jdbc = jdbc;
        this.sets = sets;
        this.live = live;
        this.messages = messages;
    }

    private record Window(long id, int year, String setCode, int setVersion, LocalDate closesOn, CampaignState state) {}

    @Override
    public List<DatedDuty> between(
            LocalDate from, LocalDate to, Collection<String> agencyCodes, LocalDate today, int dueSoonDays) {
        List<Window> windows = jdbc.sql("""
                        SELECT id, year, set_code, set_version, closes_on, state FROM scoring.campaign
                         WHERE closes_on BETWEEN :from AND :to AND state IN %s
                         ORDER BY closes_on, id""".formatted(EnumSql.in(
                        CampaignState.SELF_ASSESSMENT, CampaignState.VERIFICATION, CampaignState.PUBLISHED)))
                .param("from", from)
                .param("to", to)
                .query(Window.class)
                .list();
        Set<String> scope = agencyCodes == null ? null : Set.copyOf(agencyCodes);
        return windows.stream()
                .flatMap(w -> duties(w, scope, today, dueSoonDays).stream())
                .toList();
    }

    private List<DatedDuty> duties(Window w, Set<String> scope, LocalDate today, int dueSoonDays) {
        Set<String> submitted = Set.copyOf(jdbc.sql("SELECT agency_code FROM scoring.submission WHERE campaign = :id")
                .param("id", w.id())
                .query(String.class)
                .list());
        Object[] year = {String.valueOf(w.year())};
        String vi = messages.getMessage("scoring.duty.self-assessment", year, VIETNAMESE);
        String en = messages.getMessage("scoring.duty.self-assessment", year, Locale.ENGLISH);
        return live
                .participants(
                        sets.find(w.setCode(), w.setVersion()).orElseThrow().set())
                .stream()
                .map(Participant::code)
                .filter(code -> scope == null || scope.contains(code))
                .map(code -> new DatedDuty(
                        KIND,
                        KIND + "/" + w.id() + "/" + code,
                        code,
                        w.closesOn(),
                        status(w, submitted.contains(code), today, dueSoonDays),
                        vi,
                        en,
                        "/scoring/campaigns/" + w.id() + "/agencies/" + code))
                .toList();
    }

    private static ObligationStatus status(Window w, boolean submitted, LocalDate today, int dueSoonDays) {
        if (submitted) {
            return ObligationStatus.MET;
        }
        if (w.state() != CampaignState.SELF_ASSESSMENT) {
            return ObligationStatus.VIOLATED;
        }
        if (today.isAfter(w.closesOn())) {
            return ObligationStatus.OVERDUE;
        }
        return today.plusDays(dueSoonDays).isBefore(w.closesOn()) ? ObligationStatus.DUE : ObligationStatus.DUE_SOON;
    }
}
