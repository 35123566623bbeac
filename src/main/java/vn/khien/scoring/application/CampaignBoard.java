package vn.khien.scoring.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.scoring.CampaignState;
import vn.khien.scoring.application.Views.Board;
import vn.khien.scoring.application.Views.BoardLine;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/**
 * The coordinator's campaign board beyond the ranking: how many agencies submitted, who is late (no
 * submission and the closing date passed, or only a few days left), the verification queue (submitted
 * answers without the coordinator's points, evidence asked for) and how the agencies spread over the
 * grades. Agency users see the same for their own agencies only.
 */
@Service
public class CampaignBoard {

    /**
     * An agency that has not submitted: {@code daysLeft} negative once the closing date has passed;
     * late once it has, or once the window is closed.
     */
    public record Pending(String agencyCode, String agencyName, Long daysLeft, boolean late, boolean soon) {}

    /** A submitted agency awaiting the coordinator: answers not yet given points, open evidence requests. */
    public record Queued(String agencyCode, String agencyName, long unverified, long requested, long files) {}

    public record GradeCount(String grade, long agencies, int percent) {}

    public record Progress(
            long agencies,
            long submitted,
            long late,
            long dueSoon,
            Long daysLeft,
            int warnDays,
            List<GradeCount> grades) {}

    private final CriteriaSetCatalogue sets;
    private final ScoringAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int warnDays;

    CampaignBoard(
            CriteriaSetCatalogue sets,
            ScoringAccess access,
            JdbcClient jdbc,
            Clock clock,
            @Value("${khien.scoring.late-warning-days:7}") int warnDays) {
        this.sets = sets;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.warnDays = warnDays;
    }

    public Progress progress(Board board) {
        List<BoardLine> lines = board.lines();
        List<Pending> pending = pending(board);
        long submitted = lines.stream().filter(BoardLine::submitted).count();
        Locale locale = LocaleContextHolder.getLocale();
        var set = sets.find(board.campaign().setCode(), board.campaign().setVersion())
                .orElseThrow()
                .set();
        List<GradeCount> grades = set.grades().stream()
                .map(g -> g.title().in(locale))
                .map(title -> {
                    long count =
                            lines.stream().filter(l -> title.equals(l.grade())).count();
                    return new GradeCount(title, count, lines.isEmpty() ? 0 : (int) (100 * count / lines.size()));
                })
                .toList();
        return new Progress(
                lines.size(),
                submitted,
                pending.stream().filter(Pending::late).count(),
                pending.stream().filter(Pending::soon).count(),
                daysLeft(board),
                warnDays,
                grades);
    }

    /** The board's lines, a page of them. */
    public PageResponse<BoardLine> ranking(Board board, Paging paging) {
        return page(board.lines(), paging);
    }

    /** Agencies that have not submitted, the late first, by name. */
    public PageResponse<Pending> late(Board board, Paging paging) {
        return page(pending(board), paging);
    }

    /** Submitted agencies with evidence asked for or answers without the coordinator's points, in one statement. */
    @Transactional(readOnly = true)
    public PageResponse<Queued> queue(long id, Paging paging) {
        var params = ScoringAccess.AGENCIES.parameters(access.viewer());
        String from = """
                  FROM scoring.submission s
                  LEFT JOIN %s ag ON ag.code = s.agency_code
                 WHERE s.campaign = :id AND %s""".formatted(PublishedFacts.AGENCIES, ScoringAccess.AGENCIES.where("s"));
        String counts = """
                SELECT s.agency_code, coalesce(ag.name, s.agency_code) AS agency_name,
                       (SELECT count(*) FROM scoring.answer a WHERE a.submission = s.id
                           AND a.value IS NOT NULL AND a.verified_points IS NULL) AS unverified,
                       (SELECT count(*) FROM scoring.evidence_request r WHERE r.submission = s.id
                           AND r.answered_at IS NULL) AS requested,
                       (SELECT count(*) FROM scoring.evidence e WHERE e.campaign = s.campaign
                           AND e.agency_code = s.agency_code) AS files""" + from;
        params.put("id", id);
        String waiting = "SELECT * FROM (" + counts + ") q WHERE q.unverified > 0 OR q.requested > 0";
        long total = jdbc.sql("SELECT count(*) FROM (" + waiting + ") w")
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<Queued> items = jdbc.sql(waiting
                        + " ORDER BY q.requested DESC, q.agency_name, q.agency_code LIMIT :limit OFFSET :offset")
                .params(params)
                .query(Queued.class)
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    private List<Pending> pending(Board board) {
        Long left = daysLeft(board);
        boolean open = board.campaign().state() == CampaignState.SELF_ASSESSMENT;
        return board.lines().stream()
                .filter(l -> !l.submitted())
                .map(l -> new Pending(
                        l.agencyCode(),
                        l.agencyName(),
                        left,
                        (left != null && left < 0) || (!open && left != null),
                        open && left != null && left >= 0 && left <= warnDays))
                .sorted(java.util.Comparator.comparing((Pending p) -> !p.late())
                        .thenComparing(
                                Pending::agencyName, java.text.Collator.getInstance(Locale.forLanguageTag("vi"))))
                .toList();
    }

    /** Days from today to the closing date (negative once passed); none before the window opens. */
    private Long daysLeft(Board board) {
        LocalDate closesOn = board.campaign().closesOn();
        return closesOn == null ? null : ChronoUnit.DAYS.between(LocalDate.now(clock), closesOn);
    }

    private static <T> PageResponse<T> page(List<T> all, Paging paging) {
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new PageResponse<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }
}
