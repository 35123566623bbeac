package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.assessments.RemediationCampaigns;
import vn.khien.scoring.NationalResultChanged;
import vn.khien.scoring.application.NationalResultData.Pillar;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;
import vn.khien.shared.ObjectNotFoundException;

/**
 * The coordinator records the province's national assessment results (one a year, recorded again to
 * correct it) and follows up the findings of each as a remediation campaign of the assessments module.
 * Every change is audited ({@link NationalResultChanged}).
 */
@Service
public class NationalIndexManagement {

    static final String TYPE = "scoring-national-result";
    private static final BigDecimal MAX = new BigDecimal("99999");
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final ScoringAccess access;
    private final RemediationCampaigns campaigns;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NationalIndexManagement(
            JdbcClient jdbc,
            ScoringAccess access,
            RemediationCampaigns campaigns,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.campaigns = campaigns;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Records (or corrects) the year's result with its pillars. */
    @Transactional
    public int record(NationalResultData data) {
        access.viewer().requireCoordinator();
        List<Pillar> pillars = data.pillars().stream().filter(p -> !p.blank()).toList();
        check(data, pillars);
        boolean existed = jdbc.sql("SELECT count(*) FROM scoring.national_result WHERE year = :year")
                        .param("year", data.year())
                        .query(Long.class)
                        .single()
                > 0;
        jdbc.sql("DELETE FROM scoring.national_pillar WHERE year = :year")
                .param("year", data.year())
                .update();
        jdbc.sql("""
                        INSERT INTO scoring.national_result (year, methodology, rank, provinces, score, max_score,
                                    source_number, source_date, recorded_by, recorded_at)
                        VALUES (:year, :methodology, :rank, :provinces, :score, :max, :number, :date, :by, :at)
                        ON CONFLICT (year) DO UPDATE SET methodology = EXCLUDED.methodology, rank = EXCLUDED.rank,
                               provinces = EXCLUDED.provinces, score = EXCLUDED.score, max_score = EXCLUDED.max_score,
                               source_number = EXCLUDED.source_number, source_date = EXCLUDED.source_date,
                               recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
                .param("year", data.year())
                .param("methodology", data.methodology().strip())
                .param("rank", data.rank())
                .param("provinces", data.provinces())
                .param("score", data.score())
                .param("max", data.maxScore())
                .param("number", data.sourceNumber().strip())
                .param("date", data.sourceDate())
                .param("by", Actor.current())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        for (int i = 0; i < pillars.size(); i++) {
            jdbc.sql("INSERT INTO scoring.national_pillar (year, position, name, score, max_score)"
                            + " VALUES (:year, :position, :name, :score, :max)")
                    .param("year", data.year())
                    .param("position", i)
                    .param("name", pillars.get(i).name().strip())
                    .param("score", pillars.get(i).score())
                    .param("max", pillars.get(i).maxScore())
                    .update();
        }
        events.publishEvent(new NationalResultChanged(
                data.year(),
                existed ? "corrected" : "recorded",
                "rank " + data.rank() + "/" + data.provinces() + ", score " + data.score() + ", "
                        + data.sourceNumber().strip() + " " + data.sourceDate()));
        return data.year();
    }

    /** Opens the remediation campaign that follows up the year's national findings (once). */
    @Transactional
    public UUID openRemediation(int year) {
        access.viewer().requireCoordinator();
        var row = jdbc.sql("SELECT source_number, source_date, remediation_campaign FROM scoring.national_result"
                        + " WHERE year = :year FOR UPDATE")
                .param("year", year)
                .query((rs, n) ->
                        new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class)})
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException(TYPE, Integer.toString(year)));
        if (row[2] != null) {
            throw new ConflictException("year", "scoring.national.campaign-exists");
        }
        Locale vietnamese = Locale.forLanguageTag("vi");
        UUID id = campaigns.create(
                messages.getMessage("scoring.national.campaign-name", new Object[] {year}, vietnamese),
                messages.getMessage(
                        "scoring.national.campaign-source",
                        new Object[] {row[0], DAY.format((LocalDate) row[1])},
                        vietnamese));
        jdbc.sql("UPDATE scoring.national_result SET remediation_campaign = :id WHERE year = :year")
                .param("id", id)
                .param("year", year)
                .update();
        events.publishEvent(new NationalResultChanged(year, "remediation-opened", "campaign " + id));
        return id;
    }

    private void check(NationalResultData d, List<Pillar> pillars) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (d.year() == null || d.year() < 2000 || d.year() > today.getYear()) {
            problems.add(problem("year", "scoring.national.year-range", 2000, today.getYear()));
        }
        text(problems, "methodology", d.methodology(), 200);
        text(problems, "sourceNumber", d.sourceNumber(), 100);
        if (d.sourceDate() == null || d.sourceDate().isAfter(today)) {
            problems.add(problem("sourceDate", "scoring.national.source-date"));
        }
        if (d.rank() == null && d.score() == null) {
            problems.add(problem("rank", "scoring.national.rank-or-score"));
        }
        if ((d.rank() != null && d.rank() < 1) || (d.provinces() != null && d.provinces() < 1)) {
            problems.add(problem("rank", "scoring.national.rank-positive"));
        } else if (d.rank() != null && d.provinces() != null && d.rank() > d.provinces()) {
            problems.add(problem("rank", "scoring.national.rank-above-provinces", d.provinces()));
        }
        score(problems, "score", d.score(), d.maxScore());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < pillars.size(); i++) {
            Pillar p = pillars.get(i);
            String at = "pillars[" + i + "].";
            if (text(problems, at + "name", p.name(), 200)
                    && !names.add(p.name().strip().toLowerCase(Locale.ROOT))) {
                problems.add(problem(
                        at + "name", "scoring.national.pillar-twice", p.name().strip()));
            }
            if (p.score() == null) {
                problems.add(problem(at + "score", "scoring.edit.required"));
            }
            score(problems, at + "score", p.score(), p.maxScore());
        }
        if (pillars.size() > 12) {
            problems.add(problem("pillars", "scoring.national.pillars-too-many", 12));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            problems.add(problem(field, "scoring.national.text-required", max));
            return false;
        }
        return true;
    }

    private static void score(List<FieldProblem> problems, String field, BigDecimal score, BigDecimal max) {
        boolean bad = (score != null && (score.signum() < 0 || score.compareTo(MAX) > 0 || score.scale() > 2))
                || (max != null && (max.signum() <= 0 || max.compareTo(MAX) > 0 || max.scale() > 2))
                || (score != null && max != null && score.compareTo(max) > 0);
        if (bad) {
            problems.add(problem(field, "scoring.national.score-range"));
        }
    }

    private static FieldProblem problem(String field, String key, Object... args) {
        return new FieldProblem(field, key, List.of(args));
    }
}
