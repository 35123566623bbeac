package vn.khien.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The declaration's SQL is made of identifiers only; the viewer's codes travel as parameters. */
class RowAccessTests {

    record Row(String agency, List<String> providers) {}

    /** A viewer as the codes it holds: every row, or these agencies. */
    record Codes(boolean all, Set<String> agencies) {}

    static final RowAccess<Codes, Row> ROWS = RowAccess.<Codes, Row>rows("row")
            .everyRow(Codes::all)
            .column("agency_code", Row::agency, Codes::agencies)
            .linked("registers.provider", "owned", "id", "provider_code", Row::providers, Codes::agencies);

    @Test
    void theConditionNamesColumnsAndParametersOnly() {
        assertThat(ROWS.where("r"))
                .isEqualTo("(:row_0 OR r.agency_code = ANY(:row_1) OR EXISTS (SELECT 1 FROM registers.provider linked"
                        + " WHERE linked.owned = r.id AND linked.provider_code = ANY(:row_2)))");
    }

    @Test
    void aHostileCodeReachesTheQueryAsAParameterValue() {
        String hostile = "H57.01') OR TRUE --";
        Map<String, Object> params = ROWS.parameters(new Codes(false, Set.of(hostile)));
        assertThat(params.get("row_0")).isEqualTo(false);
        assertThat((String[]) params.get("row_1")).containsExactly(hostile);
        assertThat(ROWS.where("r")).doesNotContain(hostile);
    }

    @Test
    void anythingButAnIdentifierIsRefusedAsAColumnTableOrAlias() {
        assertThatThrownBy(() ->
                        RowAccess.<Codes, Row>rows("row").column("agency_code = 'x'", Row::agency, Codes::agencies))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ROWS.where("r; DROP TABLE x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowAccess.<Codes, Row>rows("row")
                        .linked("x y", "owned", "id", "code", Row::providers, Codes::agencies))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRowWithoutOwnerIsSeenOnlyByViewersOfEveryRow() {
        Row orphan = new Row(null, Arrays.asList((String) null));
        assertThat(ROWS.allows(new Codes(false, Set.of("H57.01")), orphan)).isFalse();
        assertThat(ROWS.allows(new Codes(true, Set.of()), orphan)).isTrue();
    }

    @Test
    void aRowIsSeenThroughAnyOfItsOwners() {
        Row row = new Row("H57.01", List.of("NCC.1", "NCC.2"));
        assertThat(ROWS.allows(new Codes(false, Set.of("H57.01")), row)).isTrue();
        assertThat(ROWS.allows(new Codes(false, Set.of("NCC.2")), row)).isTrue();
        assertThat(ROWS.allows(new Codes(false, Set.of("H57.02", "NCC.3")), row))
                .isFalse();
        assertThat(ROWS.allows(new Codes(false, Set.of()), row)).isFalse();
    }

    @Test
    void parametersAreFreshForTheCallerToExtend() {
        Map<String, Object> params = ROWS.parameters(new Codes(true, Set.of()));
        params.put("agency", "H57.01");
        assertThat(ROWS.parameters(new Codes(true, Set.of()))).doesNotContainKey("agency");
    }
}
