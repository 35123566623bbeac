package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.shared.SystemActor;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.systems.application.SystemImport;

@KhienIntegrationTest
class SystemImportIntegrationTests extends SystemsTestSupport {

    private static final String[] OWNERS = {"H57.02", "H57.03", "H57.09", "H57.P01", "H57.X05"};

    @Autowired
    SystemImport importer;

    @Test
    void twoThousandRowsAreCreatedThenUpdatedByCode() {
        String batch = "IMP" + System.nanoTime() % 100_000;
        List<SystemDetails> rows = rows(batch, 2_000, "Hệ thống nhập khẩu");
        ImportResult first = importAsCoordinator(rows);
        assertThat(first.problems()).isEmpty();
        assertThat(first.created()).isEqualTo(2_000);
        assertThat(jdbc.sql("SELECT count(*) FROM systems.information_system WHERE code LIKE :p")
                        .param("p", batch + ".%")
                        .query(Long.class)
                        .single())
                .isEqualTo(2_000);
        assertThat(jdbc.sql("SELECT owner_code || '/' || approved_level || '/' || decision_number"
                                + " FROM systems.information_system WHERE code = :c")
                        .param("c", batch + ".0007")
                        .query(String.class)
                        .single())
                .isEqualTo("H57.09/3/7/QĐ-UBND");
        assertThat(auditActions(batch + ".0007"))
                .containsExactly("systems.system.registered", "systems.system.level-approved");

        ImportResult second = importAsCoordinator(rows(batch, 2_000, "Tên mới"));
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(2_000);
        assertThat(jdbc.sql("SELECT name FROM systems.information_system WHERE code = :c")
                        .param("c", batch + ".1999")
                        .query(String.class)
                        .single())
                .isEqualTo("Tên mới 1999");
        assertThat(auditActions("import")).contains("systems.system.imported");
        assertThat(auditActions(batch + ".0007"))
                .as("a re-import with the same level approves nothing again")
                .containsExactly("systems.system.registered", "systems.system.level-approved");
    }

    @Test
    void oneBadRowImportsNothingAndEveryProblemIsReported() {
        String batch = "BAD" + System.nanoTime() % 100_000;
        List<SystemDetails> rows = new ArrayList<>(rows(batch, 50, "Hệ thống"));
        var good = rows.get(10);
        rows.set(
                10,
                new SystemDetails(
                        good.code(),
                        good.name(),
                        "NO.SUCH",
                        null,
                        good.type(),
                        true,
                        null,
                        null,
                        9,
                        null,
                        false,
                        null,
                        null,
                        List.of(),
                        null,
                        null));
        rows.set(20, rows.get(21)); // a code twice
        ImportResult result = importAsCoordinator(rows);
        assertThat(result.imported()).isFalse();
        assertThat(result.problems())
                .extracting(
                        ImportResult.RowProblem::row,
                        ImportResult.RowProblem::field,
                        ImportResult.RowProblem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(10, "ownerCode", "systems.system.error.agency-unknown"),
                        org.assertj.core.groups.Tuple.tuple(10, "proposedLevel", "systems.system.error.range"),
                        org.assertj.core.groups.Tuple.tuple(21, "code", "systems.import.error.code-repeated"));
        assertThat(jdbc.sql("SELECT count(*) FROM systems.information_system WHERE code LIKE :p")
                        .param("p", batch + ".%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ImportResult importAsCoordinator(List<SystemDetails> rows) {
        var result = new ImportResult[1];
        SystemActor.run("import-test", () -> result[0] = importer.importAll(rows));
        return result[0];
    }

    private static List<SystemDetails> rows(String batch, int count, String name) {
        return IntStream.range(0, count)
                .mapToObj(i -> new SystemDetails(
                        "%s.%04d".formatted(batch, i),
                        name + " " + i,
                        OWNERS[i % OWNERS.length],
                        i % 2 == 0 ? "H57.08" : null,
                        SystemType.values()[i % SystemType.values().length],
                        i % 3 == 0,
                        i % 4 == 0 ? 3 : null,
                        i * 10,
                        2,
                        SystemStatus.IN_OPERATION,
                        i % 5 == 0,
                        i % 5 == 0 ? java.time.LocalDate.of(2025, 1, 1) : null,
                        i % 5 == 0 ? MonitoringMethod.LOG_FORWARDING : null,
                        List.of(),
                        i % 7 == 0 ? 3 : null,
                        i % 7 == 0
                                ? new SystemDetails.DecisionLine(
                                        i + "/QĐ-UBND", java.time.LocalDate.of(2024, 5, 1), "H57")
                                : null))
                .toList();
    }
}
