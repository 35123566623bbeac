package vn.khien.scoring.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyKind;
import vn.khien.shared.spreadsheet.SheetExport.Sheet;

/**
 * The sheets of a published ranking: overall, then one per agency kind (ranked within the kind), with
 * the change since last year and the "không nộp" mark; scores stay numbers, shown with two decimals.
 */
@Component
class RankingWorkbook {

    private static final String[] HEADERS = {
        "scoring.export.rank",
        "scoring.export.agency-code",
        "scoring.export.agency-name",
        "scoring.field.kind",
        "scoring.field.score",
        "scoring.field.grade",
        "scoring.export.score-change",
        "scoring.export.rank-change",
        "scoring.export.note"
    };

    private final MessageSource messages;

    RankingWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    List<Sheet> sheets(PublishedRankings.Version version, List<PublishedRankings.Row> rows, Locale locale) {
        List<String> headers = Arrays.stream(HEADERS)
                .map(key -> messages.getMessage(key, new Object[] {version.maxScore()}, locale))
                .toList();
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(new Sheet(
                text("scoring.public.overall", locale),
                headers,
                rows.stream().map(r -> line(r, r.rankOverall(), locale)).toList()));
        Map<AgencyKind, List<PublishedRankings.Row>> byKind = rows.stream()
                .collect(Collectors.groupingBy(PublishedRankings.Row::kind, TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, inKind) -> sheets.add(new Sheet(
                text("agencies.kind." + kind, locale),
                headers,
                inKind.stream()
                        .sorted(Comparator.comparingInt(PublishedRankings.Row::rankInKind))
                        .map(r -> line(r, r.rankInKind(), locale))
                        .toList())));
        return sheets;
    }

    private List<Object> line(PublishedRankings.Row r, int rank, Locale locale) {
        return Arrays.asList(
                rank,
                r.agencyCode(),
                r.agencyName(),
                text("agencies.kind." + r.kind(), locale),
                r.score(),
                "en".equals(locale.getLanguage()) ? r.gradeEn() : r.gradeVi(),
                r.scoreChange(),
                r.rankChange(),
                r.submitted() ? null : text("scoring.submission.missing", locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
