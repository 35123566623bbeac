package vn.khien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.khien.support.Generators.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.shared.RowAccess;
import vn.khien.support.KhienIntegrationTest;

/**
 * The access kernel answers the same in Java and in SQL: for generated viewers of every kind and rows
 * owned every way, {@link RowAccess#allows} says yes exactly for the rows the SQL condition returns from
 * PostgreSQL. The declaration uses each kind of owner: every row, an agency column, an assessor column,
 * a name column and a linked table of providers.
 */
@KhienIntegrationTest
@Transactional
class AccessKernelPropertyTests {

    /** A few agencies, so that generated scopes and owners meet often; null for "no owner". */
    private static final List<String> CODES = java.util.Arrays.asList("H57.01", "H57.02", "H57.02.01", "NCC.1", null);

    private static final List<String> NAMES = List.of("an", "binh", "api-token:7");

    record Row(long id, String agency, String assessor, String reporter, List<String> providers) {}

    static final RowAccess<Viewer, Row> ROWS = RowAccess.<Viewer, Row>rows("kernel")
            .everyRow(Viewer::seesEveryAgency)
            .column("agency_code", Row::agency, v -> v.agenciesAs(Role.AGENCY_OFFICER, Role.AGENCY_HEAD))
            .column("assessor_code", Row::assessor, v -> v.agenciesAs(Role.ASSESSOR))
            .column("reporter", Row::reporter, Viewer::self)
            .linked(
                    "kernel_provider",
                    "owned",
                    "id",
                    "provider_code",
                    Row::providers,
                    v -> v.agenciesAs(Role.PROVIDER));

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void tables() {
        // temporary tables, in the test's transaction: rolled back with it
        jdbc.sql("CREATE TEMP TABLE kernel_row (id bigint PRIMARY KEY, agency_code text, assessor_code text,"
                        + " reporter text)")
                .update();
        jdbc.sql("CREATE TEMP TABLE kernel_provider (owned bigint, provider_code text)")
                .update();
    }

    @Test
    void provinceWideRolesSeeEveryRowInJavaAndSql() {
        agree(viewers(Generate.pick(List.of(Role.COORDINATOR_ADMIN, Role.RESPONDER, Role.OBSERVER)), false));
    }

    @Test
    void agencyUsersSeeTheirAgencysRowsInJavaAndSql() {
        agree(viewers(Generate.pick(List.of(Role.AGENCY_OFFICER, Role.AGENCY_HEAD)), false));
    }

    @Test
    void agencyUsersWithSubordinateUnitsSeeTheUnitsRowsInJavaAndSql() {
        agree(viewers(Generate.pick(List.of(Role.AGENCY_OFFICER, Role.AGENCY_HEAD)), true));
    }

    @Test
    void assessorsSeeTheRowsAssignedToThemInJavaAndSql() {
        agree(viewers(Generate.constant(Role.ASSESSOR), false));
    }

    @Test
    void providersSeeTheRowsTheyServeInJavaAndSql() {
        agree(viewers(Generate.constant(Role.PROVIDER), false));
    }

    @Test
    void anyMixOfRolesAndScopesAgreesInJavaAndSql() {
        Gen<Set<Role>> roles = lists().of(Generate.enumValues(Role.class))
                .ofSizeBetween(0, 3)
                .map(list -> list.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(list));
        Gen<Viewer> viewers = roles.zip(
                scopes(true),
                Generate.pick(NAMES),
                Generate.pick(CODES),
                booleans().all(),
                (r, scope, actor, organisation, person) -> new Viewer(
                        r,
                        r.stream().anyMatch(Role::provinceWide) ? AgencyScope.ALL : scope,
                        actor,
                        organisation,
                        person));
        agree(viewers);
    }

    private void agree(Gen<Viewer> viewers) {
        cases(150).forAll(viewers, rows()).checkAssert((viewer, rows) -> {
            jdbc.sql("DELETE FROM kernel_provider").update();
            jdbc.sql("DELETE FROM kernel_row").update();
            for (Row row : rows) {
                jdbc.sql("INSERT INTO kernel_row VALUES (:id, :agency, :assessor, :reporter)")
                        .param("id", row.id())
                        .param("agency", row.agency())
                        .param("assessor", row.assessor())
                        .param("reporter", row.reporter())
                        .update();
                for (String provider : row.providers()) {
                    jdbc.sql("INSERT INTO kernel_provider VALUES (:id, :provider)")
                            .param("id", row.id())
                            .param("provider", provider)
                            .update();
                }
            }
            Set<Long> inSql = new HashSet<>(jdbc.sql("SELECT t.id FROM kernel_row t WHERE " + ROWS.where("t"))
                    .params(ROWS.parameters(viewer))
                    .query(Long.class)
                    .list());
            Set<Long> inJava = rows.stream()
                    .filter(row -> ROWS.allows(viewer, row))
                    .map(Row::id)
                    .collect(Collectors.toSet());
            assertThat(inJava).as("viewer %s over %s", viewer, rows).isEqualTo(inSql);
        });
    }

    /** Viewers holding {@code role}, with a scope as the access policy builds it (units when {@code units}). */
    private static Gen<Viewer> viewers(Gen<Role> role, boolean units) {
        return role.zip(
                scopes(units),
                Generate.pick(NAMES),
                Generate.pick(CODES),
                (r, scope, actor, organisation) ->
                        new Viewer(Set.of(r), r.provinceWide() ? AgencyScope.ALL : scope, actor, organisation, true));
    }

    /** One agency, or (with units) an agency and some of the others below it. */
    private static Gen<AgencyScope> scopes(boolean units) {
        Gen<List<String>> codes =
                lists().of(Generate.pick(CODES.subList(0, CODES.size() - 1))).ofSizeBetween(1, units ? 3 : 1);
        return codes.map(list -> new AgencyScope(false, new HashSet<>(list)));
    }

    private static Gen<List<Row>> rows() {
        Gen<Row> row = integers()
                .between(1, 1_000_000)
                .zip(
                        Generate.pick(CODES),
                        Generate.pick(CODES),
                        Generate.pick(new ArrayList<>(java.util.Arrays.asList("an", "binh", null))),
                        lists().of(Generate.pick(CODES)).ofSizeBetween(0, 2),
                        (id, agency, assessor, reporter, providers) ->
                                new Row(id, agency, assessor, reporter, providers));
        return lists().of(row).ofSizeBetween(0, 6).map(AccessKernelPropertyTests::distinctIds);
    }

    private static List<Row> distinctIds(List<Row> rows) {
        List<Row> distinct = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            distinct.add(new Row(i + 1, r.agency(), r.assessor(), r.reporter(), r.providers()));
        }
        return distinct;
    }
}
