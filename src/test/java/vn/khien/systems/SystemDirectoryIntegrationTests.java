package vn.khien.systems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.support.KhienIntegrationTest;

@KhienIntegrationTest
class SystemDirectoryIntegrationTests {

    @Autowired
    SystemDirectory directory;

    @Test
    void findsASystemSummaryByCode() {
        assertThat(directory.find("HUE.DVC")).hasValueSatisfying(s -> {
            assertThat(s.ownerCode()).isEqualTo("H57.01");
            assertThat(s.approvedLevel()).isEqualTo(3);
            assertThat(s.status()).isEqualTo(SystemStatus.IN_OPERATION);
        });
        assertThat(directory.find("NO.SUCH")).isEmpty();
    }

    @Test
    void mapsAnAddressToEverySystemWhoseRangeHoldsIt() {
        assertThat(directory.systemsForAddress("10.57.201.7")).contains("HUE.IOC", "HUE.TTDL");
        assertThat(directory.systemsForAddress("10.57.202.7"))
                .contains("HUE.TTDL")
                .doesNotContain("HUE.IOC");
        assertThat(directory.systemsForAddress("192.0.2.55")).isEmpty();
        assertThat(directory.systemsForAddress("not an address")).isEmpty();
    }
}
