package vn.khien.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One injectable clock, so deadlines and audit times can be tested against a chosen day. It carries
 * the province's zone ({@code khien.province.zone}): {@code LocalDate.now(clock)} is the province's
 * today, whatever the server's own zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${khien.province.zone:" + ProvinceZone.DEFAULT + "}") ZoneId zone) {
        ProvinceZone.configure(zone);
        return Clock.system(zone);
    }
}
