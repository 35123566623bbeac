package vn.khien.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnumSqlTests {

    enum Colour {
        RED,
        AMBER,
        GREEN
    }

    @Test
    void aConstantIsItsNameQuoted() {
        assertThat(EnumSql.literal(Colour.AMBER)).isEqualTo("'AMBER'");
    }

    @Test
    void constantsFormAnInList() {
        assertThat(EnumSql.in(Colour.RED, Colour.GREEN)).isEqualTo("('RED', 'GREEN')");
    }

    @Test
    void theEnumsOwnRuleSelectsTheConstantsOfTheList() {
        assertThat(EnumSql.in(c -> c != Colour.AMBER, Colour.values())).isEqualTo("('RED', 'GREEN')");
    }

    @Test
    void theOrderIsTheEnumsDeclarationOrderWithUnknownValuesLast() {
        assertThat(EnumSql.order("c.colour", Colour.values()))
                .isEqualTo("CASE c.colour WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 WHEN 'GREEN' THEN 2 ELSE 3 END");
    }
}
