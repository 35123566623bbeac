package vn.khien.registers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.khien.shared.InvalidInputException;

class MoneyTests {

    @Test
    void acceptsWholeDongWrittenWithTrailingZeroDecimals() {
        assertThat(Money.vnd("total", new BigDecimal("1500000.00"), true)).isEqualTo(new BigDecimal("1500000"));
    }

    @Test
    void refusesFractionsOfADongNegativesZeroTotalsAndHugeAmounts() {
        for (String bad : new String[] {"0.5", "-1", "1e18"}) {
            assertThatThrownBy(() -> Money.vnd("total", new BigDecimal(bad), false))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> Money.vnd("total", BigDecimal.ZERO, true)).isInstanceOf(InvalidInputException.class);
        assertThat(Money.vnd("line", BigDecimal.ZERO, false)).isZero();
    }
}
