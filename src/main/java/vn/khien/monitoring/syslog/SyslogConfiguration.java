package vn.khien.monitoring.syslog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.monitoring.application.AlertIntake;
import vn.khien.monitoring.application.Senders;

/** The network syslog intake runs only when {@code khien.monitoring.syslog.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyslogSettings.class)
class SyslogConfiguration {

    @Bean
    @ConditionalOnProperty(name = "khien.monitoring.syslog.enabled", havingValue = "true")
    SyslogServer syslogServer(SyslogSettings settings, AlertIntake intake, Senders senders) {
        return new SyslogServer(settings, intake, senders);
    }
}
