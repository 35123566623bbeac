package vn.khien.scoring.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.domain.PublishedSnapshot;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;

/**
 * The published rankings for everyone, signed in or not. Only the published tables are read, so
 * nothing of a campaign that is not published can be reached here. A published version never
 * changes, so each is kept in memory once read; which version is newest is asked each time.
 */
@Service
public class PublicRankings {

    public record PublicVersion(int version, Instant publishedAt, String correctionReason, String sha256) {}

    public record PublicYear(int year, String title, List<PublicVersion> versions) {}

    public record PublicEntry(
            String agencyCode,
            String agencyName,
            AgencyKind kind,
            boolean submitted,
            BigDecimal score,
            String grade,
            String gradeVi,
            String gradeEn,
            int rank,
            int rankInKind,
            BigDecimal scoreChange,
            Integer rankChange) {

        public String gradeIn(Locale locale) {
            return "en".equals(locale.getLanguage()) ? gradeEn : gradeVi;
        }
    }

    public record PublicRanking(
            int year,
            String title,
            int version,
            Instant publishedAt,
            String correctionReason,
            String sha256,
            BigDecimal maxScore,
            List<PublicVersion> versions,
            List<PublicEntry> items) {

        /** The agency kinds ranked in this version, in the registry's order. */
        public List<AgencyKind> kinds() {
            return items.stream().map(PublicEntry::kind).distinct().sorted().toList();
        }

        /** A page of the overall ranking, or of one kind's (best first within the kind) when given. */
        public PageResponse<PublicEntry> page(AgencyKind kind, Paging paging) {
            List<PublicEntry> shown = kind == null
                    ? items
                    : items.stream()
                            .filter(e -> e.kind() == kind)
                            .sorted(Comparator.comparingInt(PublicEntry::rankInKind))
                            .toList();
            int from = (int) Math.min(paging.offset(), shown.size());
            int to = Math.min(from + paging.size(), shown.size());
            return new PageResponse<>(shown.subList(from, to), paging.page(), paging.size(), shown.size());
        }
    }

    private final PublishedRankings published;
    private final Map<String, List<PublicEntry>> entries = new ConcurrentHashMap<>();

    PublicRankings(PublishedRankings published) {
        this.published = published;
    }

    public List<PublicYear> years() {
        Map<Integer, PublicYear> years = new LinkedHashMap<>();
        for (PublishedRankings.Version v : published.versions()) {
            years.computeIfAbsent(v.year(), y -> new PublicYear(y, v.title(), new ArrayList<>()))
                    .versions()
                    .add(version(v));
        }
        return List.copyOf(years.values());
    }

    /** A tag for the list of years: it changes whenever a version is published. */
    public String yearsTag() {
        return PublishedSnapshot.sha256(years().stream()
                .flatMap(y -> y.versions().stream())
                .map(PublicVersion::sha256)
                .collect(Collectors.joining(",")));
    }

    /** The year's newest version, or the version asked for; empty when the year has nothing published. */
    public Optional<PublicRanking> ranking(int year, Integer version) {
        var found = version == null ? published.latest(year) : published.version(year, version);
        return found.map(v -> new PublicRanking(
                v.year(),
                v.title(),
                v.version(),
                v.publishedAt(),
                v.correctionReason(),
                v.sha256(),
                v.maxScore(),
                versionsOf(year),
                entries.computeIfAbsent(v.sha256(), k -> entries(v))));
    }

    private List<PublicVersion> versionsOf(int year) {
        return published.versions().stream()
                .filter(v -> v.year() == year)
                .map(PublicRankings::version)
                .toList();
    }

    private List<PublicEntry> entries(PublishedRankings.Version v) {
        return published.rows(v.campaign(), v.version()).stream()
                .map(r -> new PublicEntry(
                        r.agencyCode(),
                        r.agencyName(),
                        r.kind(),
                        r.submitted(),
                        r.score(),
                        r.gradeCode(),
                        r.gradeVi(),
                        r.gradeEn(),
                        r.rankOverall(),
                        r.rankInKind(),
                        r.scoreChange(),
                        r.rankChange()))
                .toList();
    }

    private static PublicVersion version(PublishedRankings.Version v) {
        return new PublicVersion(v.version(), v.publishedAt(), v.correctionReason(), v.sha256());
    }
}
