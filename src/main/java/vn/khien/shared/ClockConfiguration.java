package vn.khien.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One injectable clock, so deadlines and audit times can be tested against a chosen day. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Deadlines are calendar days in Vietnam, whatever the server's own zone. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
