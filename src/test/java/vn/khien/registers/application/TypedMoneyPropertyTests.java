package vn.khien.registers.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import vn.khien.shared.InvalidInputException;

/** The amount parser reads every way a whole amount is grouped and never guesses at anything else. */
class TypedMoneyPropertyTests {

    @Property
    void readsAmountsGroupedAsVietnameseAndEnglishWriteThem(
            @ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long amount) {
        var vi = new DecimalFormat("#,###", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        var en = new DecimalFormat("#,###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        assertThat(TypedMoney.parse("a", vi.format(amount))).isEqualByComparingTo(BigDecimal.valueOf(amount));
        assertThat(TypedMoney.parse("a", en.format(amount))).isEqualByComparingTo(BigDecimal.valueOf(amount));
        assertThat(TypedMoney.parse("a", Long.toString(amount))).isEqualByComparingTo(BigDecimal.valueOf(amount));
    }

    @Property
    void anythingElseIsRefusedWithAFieldError(
            @ForAll @StringLength(min = 1, max = 20) @CharRange(from = ' ', to = '~') String typed) {
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
    }

    @Property
    void aDecimalPartIsNeverGuessed(
            @ForAll @LongRange(min = 0, max = 999) long whole, @ForAll @LongRange(min = 1, max = 99) long part) {
        assertThatThrownBy(() -> TypedMoney.parse("a", whole + "." + part)).isInstanceOf(InvalidInputException.class);
    }
}
