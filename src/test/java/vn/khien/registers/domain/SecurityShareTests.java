package vn.khien.registers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;
import static vn.khien.support.Generators.cases;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SecurityShareTests {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private static SecurityShare share(String security, String total) {
        return new SecurityShare(new BigDecimal(security), new BigDecimal(total));
    }

    @Test
    void exactlyTenPercentReachesTheThreshold() {
        assertThat(share("100000000", "1000000000").reaches(TEN)).isTrue();
        assertThat(share("100000000", "1000000000").percent()).isEqualByComparingTo("10.00");
    }

    @Test
    void nineAndAHalfPercentDoesNotReachIt() {
        assertThat(share("95000000", "1000000000").reaches(TEN)).isFalse();
        assertThat(share("95000000", "1000000000").percent()).isEqualByComparingTo("9.50");
    }

    @Test
    void ninePointNineNineNinePercentIsNotTenAndIsNotShownAsTen() {
        var share = share("99990", "1000000");
        assertThat(share.reaches(TEN)).isFalse();
        assertThat(share.percent()).isEqualByComparingTo("9.99");
    }

    @Test
    void oneDongShortOfAThirdOfATrillionIsStillExact() {
        // 10 % of 333,333,333,333 is 33,333,333,333.3: one đồng less than that is short, the next đồng reaches it
        assertThat(share("33333333333", "333333333333").reaches(TEN)).isFalse();
        assertThat(share("33333333334", "333333333333").reaches(TEN)).isTrue();
    }

    @Test
    void refusesAShareOfNothing() {
        assertThatThrownBy(() -> share("0", "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reachingAgreesWithExactRationalArithmetic() {
        cases(1000)
                .forAll(longs().between(0, 1_000_000_000_000L), longs().between(1, 1_000_000_000_000L))
                .checkAssert((security, total) -> {
                    var share = new SecurityShare(BigDecimal.valueOf(security), BigDecimal.valueOf(total));
                    boolean exact = BigDecimal.valueOf(security)
                                    .multiply(BigDecimal.valueOf(100))
                                    .compareTo(BigDecimal.valueOf(total).multiply(TEN))
                            >= 0;
                    assertThat(share.reaches(TEN)).isEqualTo(exact);
                    // the displayed percentage never claims the threshold when it is not reached
                    if (!exact) {
                        assertThat(share.percent()).isLessThan(TEN);
                    }
                });
    }
}
