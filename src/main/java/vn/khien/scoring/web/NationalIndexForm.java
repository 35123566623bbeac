package vn.khien.scoring.web;

import java.util.ArrayList;
import java.util.List;
import vn.khien.scoring.application.NationalIndexQueries.NationalResultView;
import vn.khien.scoring.application.NationalResultData;

/** The national result form as typed: numbers with a decimal comma, dates from the date picker. */
record NationalIndexForm(
        String year,
        String methodology,
        String rank,
        String provinces,
        String score,
        String maxScore,
        String sourceNumber,
        String sourceDate,
        List<PillarForm> pillars) {

    static final int PILLARS = 6;

    record PillarForm(String name, String score, String maxScore) {}

    NationalIndexForm {
        pillars = pillars == null ? new ArrayList<>() : new ArrayList<>(pillars);
        while (pillars.size() < PILLARS) {
            pillars.add(new PillarForm(null, null, null));
        }
    }

    static NationalIndexForm empty(int year) {
        return new NationalIndexForm(Integer.toString(year), null, null, null, null, null, null, null, null);
    }

    static NationalIndexForm of(NationalResultView r) {
        return new NationalIndexForm(
                Integer.toString(r.year()),
                r.methodology(),
                r.rank() == null ? null : r.rank().toString(),
                r.provinces() == null ? null : r.provinces().toString(),
                plain(r.score()),
                plain(r.maxScore()),
                r.sourceNumber(),
                r.sourceDate().toString(),
                r.pillars().stream()
                        .map(p -> new PillarForm(p.name(), plain(p.score()), plain(p.maxScore())))
                        .toList());
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    NationalResultData toData() {
        List<NationalResultData.Pillar> typed = new ArrayList<>();
        for (int i = 0; i < pillars.size(); i++) {
            PillarForm p = pillars.get(i);
            typed.add(new NationalResultData.Pillar(
                    p.name(),
                    Typed.points("pillars[" + i + "].score", p.score()),
                    Typed.points("pillars[" + i + "].maxScore", p.maxScore())));
        }
        return new NationalResultData(
                Typed.whole("year", year),
                methodology,
                Typed.whole("rank", rank),
                Typed.whole("provinces", provinces),
                Typed.points("score", score),
                Typed.points("maxScore", maxScore),
                sourceNumber,
                Typed.date("sourceDate", sourceDate),
                typed);
    }
}
