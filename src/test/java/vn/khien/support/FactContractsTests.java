package vn.khien.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khien.shared.facts.SqlType.DATE;
import static vn.khien.shared.facts.SqlType.INTEGER;
import static vn.khien.shared.facts.SqlType.VARCHAR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.facts.AgencyFacts;
import vn.khien.shared.facts.FactColumn;
import vn.khien.shared.facts.FactView;
import vn.khien.systems.SystemType;

/** The contract checker itself: it notices each way a descriptor and its view can disagree. */
@KhienIntegrationTest
class FactContractsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void reportsViewsWithoutDescriptorAndDescriptorsWithoutView() {
        var ghost = FactView.of("agencies.published_ghost", FactColumn.of("code", VARCHAR));

        assertThat(FactContracts.mismatches(jdbc, "agencies", List.of(AgencyFacts.AGENCY, ghost)))
                .containsExactly(
                        "agencies.published_focal_point is published but has no descriptor",
                        "agencies.published_ghost is described but the database has no such view");
    }

    @Test
    void reportsAColumnOfAnotherTypeOrMissing() {
        var wrongType = FactView.of(
                "agencies.published_agency",
                FactColumn.of("code", VARCHAR),
                FactColumn.of("name", VARCHAR),
                FactColumn.of("kind", VARCHAR, AgencyKind.class),
                FactColumn.of("status", INTEGER),
                FactColumn.of("parent_code", VARCHAR),
                FactColumn.of("registered_on", DATE));

        assertThat(FactContracts.mismatches(jdbc, "agencies", List.of(wrongType, AgencyFacts.FOCAL_POINT)))
                .singleElement()
                .asString()
                .contains("agencies.published_agency has columns", "status character varying", "status integer");
    }

    @Test
    void reportsValuesThatAreNoConstantOfTheColumnsEnum() {
        var columns = new java.util.ArrayList<>(AgencyFacts.AGENCY.columns());
        columns.set(2, FactColumn.of("kind", VARCHAR, SystemType.class));
        var wrongEnum = new FactView(AgencyFacts.AGENCY.name(), columns);

        assertThat(FactContracts.mismatches(jdbc, "agencies", List.of(wrongEnum, AgencyFacts.FOCAL_POINT)))
                .isNotEmpty()
                .allMatch(p -> p.startsWith("agencies.published_agency.kind holds '")
                        && p.endsWith("', which is no constant of SystemType"));
    }

    @Test
    void reportsNothingWhenTheDescriptorsMatch() {
        assertThat(FactContracts.mismatches(jdbc, "agencies", AgencyFacts.ALL)).isEmpty();
    }

    @Test
    void reportsADescriptorOfAnotherModulesView() {
        assertThat(FactContracts.mismatches(jdbc, "systems", List.of(AgencyFacts.AGENCY)))
                .contains("agencies.published_agency is not in the schema systems");
    }
}
