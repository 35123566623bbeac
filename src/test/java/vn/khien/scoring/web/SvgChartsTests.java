package vn.khien.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khien.scoring.application.RankingCharts.GradeCount;
import vn.khien.scoring.application.RankingCharts.YearAverage;

class SvgChartsTests {

    @Test
    void theLargestGradeReachesTheTopAnEmptyGradeHasNoHeightAndBarsStayInTheBox() {
        var chart = SvgCharts.distribution(
                List.of(new GradeCount("Tốt", 0), new GradeCount("Khá", 36), new GradeCount("Yếu", 12)));
        assertThat(chart.bars()).extracting(SvgCharts.Bar::height).containsExactly(0, 122, 41);
        assertThat(chart.bars().get(1).y()).isEqualTo(SvgCharts.TOP);
        assertThat(chart.bars())
                .allSatisfy(b -> assertThat(b.x()).isGreaterThanOrEqualTo(SvgCharts.LEFT))
                .allSatisfy(b -> assertThat(b.x() + b.width()).isLessThanOrEqualTo(SvgCharts.RIGHT))
                .allSatisfy(b -> assertThat(b.y() + b.height()).isEqualTo(SvgCharts.BASE));
    }

    @Test
    void aSetWhereNoAgencyIsGradedDrawsNoBarAboveTheBase() {
        var chart = SvgCharts.distribution(List.of(new GradeCount("Tốt", 0), new GradeCount("Yếu", 0)));
        assertThat(chart.bars()).allSatisfy(b -> assertThat(b.height()).isZero());
    }

    @Test
    void theTrendPlacesEachYearLeftToRightAndItsAverageOnTheScaleOfTheHighestMaximum() {
        var trend = SvgCharts.trend(List.of(
                new YearAverage(2024, new BigDecimal("50.00"), new BigDecimal("100")),
                new YearAverage(2025, new BigDecimal("100.00"), new BigDecimal("100"))));
        assertThat(trend.points()).extracting(SvgCharts.Point::y).containsExactly(85, SvgCharts.TOP);
        assertThat(trend.points().get(0).x()).isLessThan(trend.points().get(1).x());
        assertThat(trend.line()).isEqualTo("50,85 300," + SvgCharts.TOP);
    }

    @Test
    void aSingleYearSitsInTheMiddleAndNoYearDrawsNothing() {
        var one = SvgCharts.trend(List.of(new YearAverage(2025, new BigDecimal("57.68"), new BigDecimal("100"))));
        assertThat(one.points().get(0).x()).isEqualTo((SvgCharts.LEFT + SvgCharts.RIGHT) / 2);
        assertThat(SvgCharts.trend(List.of()).line()).isEmpty();
    }
}
