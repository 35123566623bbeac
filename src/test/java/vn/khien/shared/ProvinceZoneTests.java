package vn.khien.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ProvinceZoneTests {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ClockConfiguration.class);

    @AfterEach
    void backToTheDefault() {
        ProvinceZone.configure(ZoneId.of(ProvinceZone.DEFAULT));
    }

    @Test
    void theClockAndTheAccessorCarryHoChiMinhCityWhenNothingIsConfigured() {
        context.run(c -> {
            assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
            assertThat(ProvinceZone.get()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        });
    }

    @Test
    void theClockAndTheAccessorCarryTheConfiguredZone() {
        context.withPropertyValues("khien.province.zone=Asia/Bangkok").run(c -> {
            assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
            assertThat(ProvinceZone.get()).isEqualTo(ZoneId.of("Asia/Bangkok"));
        });
    }

    @Test
    void anUnknownZoneStopsTheStart() {
        context.withPropertyValues("khien.province.zone=Mars/Olympus")
                .run(c -> assertThat(c).hasFailed());
    }
}
