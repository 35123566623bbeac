package vn.khien.scoring.application;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.khien.scoring.YearRankings;

/** {@link YearRankings} from the public rankings: what everyone may read, by publication time. */
@Service
class RankingsForModules implements YearRankings {

    private final PublicRankings rankings;

    RankingsForModules(PublicRankings rankings) {
        this.rankings = rankings;
    }

    @Override
    public Optional<Ranking> of(int year, Instant at) {
        return rankings.years().stream()
                .filter(y -> y.year() == year)
                .flatMap(y -> y.versions().stream())
                .filter(v -> !v.publishedAt().isAfter(at))
                .mapToInt(PublicRankings.PublicVersion::version)
                .max()
                .stream()
                .boxed()
                .findFirst()
                .flatMap(version -> rankings.ranking(year, version))
                .map(r -> new Ranking(
                        r.year(),
                        r.title(),
                        r.version(),
                        r.publishedAt(),
                        r.maxScore(),
                        r.items().stream()
                                .map(e -> new Entry(
                                        e.agencyCode(),
                                        e.agencyName(),
                                        e.score(),
                                        e.gradeVi(),
                                        e.rank(),
                                        e.submitted()))
                                .toList()));
    }
}
