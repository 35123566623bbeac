package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.khien.agencies.AgencyKind;

/**
 * A version of a criteria set: the years and agency kinds it applies to, its groups of criteria and
 * its grade bands (highest threshold first). Sets are data (YAML), frozen once a campaign uses them.
 */
public record CriteriaSet(
        String code,
        int version,
        LocalizedText title,
        int yearFrom,
        int yearTo,
        Set<AgencyKind> agencyKinds,
        List<CriterionGroup> groups,
        List<GradeBand> grades) {

    public CriteriaSet {
        agencyKinds = Set.copyOf(agencyKinds);
        groups = List.copyOf(groups);
        grades = grades.stream()
                .sorted(Comparator.comparing(GradeBand::minPoints).reversed())
                .toList();
    }

    public boolean appliesTo(int year) {
        return year >= yearFrom && year <= yearTo;
    }

    public Stream<Criterion> criteria() {
        return groups.stream().flatMap(g -> g.criteria().stream());
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().filter(c -> c.code().equals(code)).findFirst();
    }

    public BigDecimal maxPoints() {
        return criteria().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The highest band the score reaches (the lowest band starts at 0, so there always is one). */
    public GradeBand gradeFor(BigDecimal score) {
        return grades.stream()
                .filter(g -> score.compareTo(g.minPoints()) >= 0)
                .findFirst()
                .orElse(grades.get(grades.size() - 1));
    }
}
