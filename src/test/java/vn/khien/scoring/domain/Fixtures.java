package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.khien.agencies.AgencyKind;
import vn.khien.scoring.AnswerType;
import vn.khien.scoring.Formula;
import vn.khien.scoring.ScoringMethod;

/** A small criteria set: one automatic criterion (5 points) and three self-assessed ones (5 + 6 + 4). */
final class Fixtures {

    private Fixtures() {}

    static LocalizedText text(String s) {
        return new LocalizedText(s, s);
    }

    static CriteriaSet aSet(boolean fullWhenNothing) {
        Criterion focal = new Criterion(
                "1.1",
                text("focal"),
                new BigDecimal("5"),
                ScoringMethod.AUTOMATIC,
                Formula.FOCAL_POINTS_CURRENT,
                List.of(),
                fullWhenNothing,
                null,
                null);
        Criterion policy = new Criterion(
                "1.2",
                text("policy"),
                new BigDecimal("5"),
                ScoringMethod.SELF_ASSESSED,
                null,
                List.of(),
                false,
                AnswerScale.yesNo(),
                null);
        Criterion backup = new Criterion(
                "2.1",
                text("backup"),
                new BigDecimal("6"),
                ScoringMethod.SELF_ASSESSED,
                null,
                List.of(),
                false,
                new AnswerScale(
                        AnswerType.LEVEL, List.of(text("no"), text("some"), text("tested"), text("all")), null, null),
                null);
        Criterion hours = new Criterion(
                "2.2",
                text("hours"),
                new BigDecimal("4"),
                ScoringMethod.SELF_ASSESSED,
                null,
                List.of(),
                false,
                new AnswerScale(AnswerType.NUMBER, List.of(), new BigDecimal("40"), text("h")),
                null);
        return new CriteriaSet(
                "TEST",
                1,
                text("test"),
                2020,
                2030,
                Set.of(AgencyKind.PROVINCIAL_DEPARTMENT, AgencyKind.COMMUNE_COMMITTEE),
                List.of(
                        new CriterionGroup("1", text("one"), List.of(focal, policy)),
                        new CriterionGroup("2", text("two"), List.of(backup, hours))),
                List.of(
                        new GradeBand("A", text("good"), new BigDecimal("15")),
                        new GradeBand("C", text("weak"), BigDecimal.ZERO)));
    }

    static Participant department(String code) {
        return new Participant(code, "Sở " + code, AgencyKind.PROVINCIAL_DEPARTMENT);
    }

    static Participant commune(String code) {
        return new Participant(code, "Xã " + code, AgencyKind.COMMUNE_COMMITTEE);
    }
}
