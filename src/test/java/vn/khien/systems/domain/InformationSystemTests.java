package vn.khien.systems.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.systems.AssetKind;
import vn.khien.systems.ServiceKind;
import vn.khien.systems.SystemRetired;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

class InformationSystemTests {

    static InformationSystem aLevel2System() {
        var facts = new SystemFacts(
                "Cổng thông tin",
                "H57.02",
                null,
                SystemType.CITIZEN_SERVICE,
                true,
                null,
                null,
                2,
                SystemStatus.IN_OPERATION,
                false,
                null,
                null);
        return InformationSystem.register(
                "SNV.WEB",
                facts,
                List.of(new Component("Web", null, 2), new Component("CSDL", null, 3)),
                Instant.EPOCH);
    }

    @Test
    void aSystemTakesTheHighestLevelOfItsComponents() {
        assertThat(aLevel2System().componentLevel()).isEqualTo(3);
    }

    @Test
    void theSameAssetIsNotRecordedTwiceAndAnUnknownOneIsNotRemoved() {
        var system = aLevel2System();
        system.addAsset(AssetKind.CIDR, "10.0.0.0/24", false);
        assertThatThrownBy(() -> system.addAsset(AssetKind.CIDR, "10.0.0.0/24", false))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> system.removeAsset(UUID.randomUUID())).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void anArrangementEndsNoEarlierThanItStarts() {
        var system = aLevel2System();
        assertThatThrownBy(() -> system.arrange(
                        ServiceKind.MONITORING, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)))
                .isInstanceOf(InvalidInputException.class);
        system.arrange(ServiceKind.MONITORING, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1));
        assertThat(system.arrangements()).hasSize(1);
    }

    @Test
    void retiringASystemIsAnnounced() {
        var system = aLevel2System();
        var retired = new SystemFacts(
                "Cổng thông tin",
                "H57.02",
                null,
                SystemType.CITIZEN_SERVICE,
                true,
                null,
                null,
                2,
                SystemStatus.RETIRED,
                false,
                null,
                null);
        system.update(retired, system.components());
        assertThat(system.pendingEvents()).anyMatch(e -> e instanceof SystemRetired);
    }
}
