package vn.khien.registers.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static vn.khien.support.Generators.cases;
import static vn.khien.support.Generators.texts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.khien.shared.InvalidInputException;

/** The amount parser reads every way a whole amount is grouped and never guesses at anything else. */
class TypedMoneyPropertyTests {

    @Test
    void readsAmountsGroupedAsVietnameseAndEnglishWriteThem() {
        var vi = new DecimalFormat("#,###", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        var en = new DecimalFormat("#,###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        cases(1000).forAll(longs().between(0, 999_999_999_999_999L)).checkAssert(amount -> {
            BigDecimal expected = BigDecimal.valueOf(amount);
            assertThat(TypedMoney.parse("a", vi.format(amount))).isEqualByComparingTo(expected);
            assertThat(TypedMoney.parse("a", en.format(amount))).isEqualByComparingTo(expected);
            assertThat(TypedMoney.parse("a", Long.toString(amount))).isEqualByComparingTo(expected);
        });
    }

    @Test
    void anythingElseIsRefusedWithAFieldError() {
        cases(1000).forAll(texts(integers().between(' ', '~'), 1, 20)).checkAssert(typed -> {
            try {
                BigDecimal value = TypedMoney.parse("amount", typed);
                // blank is "not given"; whatever else was accepted is exactly the digits typed
                if (value == null) {
                    assertThat(typed).isBlank();
                } else {
                    assertThat(value).isEqualByComparingTo(new BigDecimal(typed.replaceAll("[^0-9]", "")));
                }
            } catch (InvalidInputException e) {
                assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("amount"));
            }
        });
    }

    @Test
    void aDecimalPartIsNeverGuessed() {
        cases(1000)
                .forAll(longs().between(0, 999), longs().between(1, 99))
                .checkAssert((whole, part) -> assertThatThrownBy(() -> TypedMoney.parse("a", whole + "." + part))
                        .isInstanceOf(InvalidInputException.class));
    }
}
