package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.SystemActor;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/** {@link SystemBulkImport#importParts}: what imported systems are made of, written as given. */
@KhienIntegrationTest
class SystemPartsImportIntegrationTests extends SystemsTestSupport {

    @Autowired
    SystemBulkImport importer;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SystemDirectory directory;

    @Autowired
    UserDetailsService users;

    @Test
    void theSystemsAndTheirPartsAreImportedInOneTransaction() {
        String code = "PART" + System.nanoTime() % 100_000;
        SystemActor.run(
                "import-test",
                () -> transaction.executeWithoutResult(status -> {
                    assertThat(importer.importAll(List.of(system(code))).imported())
                            .isTrue();
                    importer.importParts(List.of(parts(code)));
                }));
        assertThat(jdbc.sql("SELECT count(*) FROM systems.system_component WHERE information_system ="
                                + " (SELECT id FROM systems.information_system WHERE code = :c)")
                        .param("c", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT status || '/' || proposed_level || '/' || decision_number FROM systems.level_dossier"
                                        + " WHERE system_code = :c AND number = 1")
                        .param("c", code)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED/3/12/QĐ-UBND");
        assertThat(directory.provisionsFor(List.of(code)))
                .extracting(ServiceProvision::providerCode)
                .containsExactly("VT.VIETTEL-HUE");
        assertThat(directory.systemsForAddress("10.99.1.7")).contains(code);
    }

    @Test
    void partsOfAnUnknownSystemAreRefused() {
        String code = "NOPE" + System.nanoTime() % 100_000;
        SystemActor.run(
                "import-test",
                () -> assertThatThrownBy(() -> importer.importParts(List.of(parts(code))))
                        .isInstanceOf(ObjectNotFoundException.class));
    }

    @Test
    void anAgencyOfficerImportsNoParts() {
        SignedIn.inSecurityContext(users, "canbo.sonv");
        try {
            assertThatThrownBy(() -> importer.importParts(List.of(parts("SNV.QLCB"))))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static SystemDetails system(String code) {
        return new SystemDetails(
                code,
                "Hệ thống nhập kèm thành phần",
                "H57.02",
                null,
                SystemType.INTERNAL,
                false,
                null,
                100,
                3,
                SystemStatus.IN_OPERATION,
                false,
                null,
                null,
                List.of(),
                3,
                new SystemDetails.DecisionLine("12/QĐ-UBND", LocalDate.of(2025, 3, 3), "H57"));
    }

    private static SystemParts parts(String code) {
        return new SystemParts(
                code,
                List.of(new SystemDetails.ComponentLine("Cơ sở dữ liệu", "Máy chủ cơ sở dữ liệu", 3)),
                List.of(new SystemParts.Asset(AssetKind.CIDR, "10.99.1.0/24")),
                List.of(new SystemParts.Product(
                        "Bkav EDR", "Bkav", "Phòng chống mã độc", ProductOrigin.DOMESTIC, null)),
                List.of(new SystemParts.Arrangement(
                        ServiceKind.INCIDENT_RESPONSE, "VT.VIETTEL-HUE", LocalDate.of(2025, 7, 1), null)),
                List.of(new SystemParts.Dossier(
                        3,
                        "Thuyết minh đề xuất cấp độ",
                        DossierStatus.APPROVED,
                        "Thống nhất",
                        "demo",
                        new SystemDetails.DecisionLine("12/QĐ-UBND", LocalDate.of(2025, 3, 3), "H57"))));
    }
}
