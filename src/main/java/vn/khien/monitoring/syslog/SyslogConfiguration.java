package vn.khien.monitoring.syslog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.monitoring.AlertFormat;
import vn.khien.monitoring.application.AlertIntake;
import vn.khien.monitoring.application.Senders;
import vn.khien.monitoring.kafka.KafkaAlertForwarder;

/** The network syslog intake runs only when {@code khien.monitoring.syslog.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyslogSettings.class)
class SyslogConfiguration {

    /**
     * With {@code khien.monitoring.kafka.syslog=true} (and Kafka on) what the listener hears goes to the
     * topic, acknowledged by the brokers, and any node stores it: a node's queue then holds only what
     * waits for Kafka, not for the database.
     */
    @Bean
    @ConditionalOnProperty(name = "khien.monitoring.syslog.enabled", havingValue = "true")
    SyslogServer syslogServer(
            SyslogSettings settings,
            AlertIntake intake,
            Senders senders,
            ObjectProvider<KafkaAlertForwarder> kafka,
            @Value("${khien.monitoring.kafka.syslog:false}") boolean viaKafka) {
        KafkaAlertForwarder forwarder = viaKafka ? kafka.getIfAvailable() : null;
        return forwarder == null
                ? new SyslogServer(settings, intake, senders)
                : new SyslogServer(
                        settings, (organisation, lines) -> forwarder.forward(organisation, AlertFormat.SYSLOG, lines));
    }
}
