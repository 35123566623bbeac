package vn.khien.monitoring.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khien.monitoring.kafka.*}: Kafka as the intake bus (issue 23), off by default. The brokers and
 * client security are Spring Boot's {@code spring.kafka.*} settings ({@code KHIEN_KAFKA_BOOTSTRAP_SERVERS}).
 *
 * @param topic where alert lines are written and read: one record per line, headed by its sender
 * @param group the consumer group every Khiên node joins; Kafka shares the topic's partitions among them
 * @param consumers consumer threads per node (more than the topic's partitions stay idle)
 * @param maxRecords records handed over at once, stored as one batch per sender and format
 * @param httpOverflow whether an HTTP batch that finds every intake slot busy goes to the topic ({@code
 *     202}) instead of being refused ({@code 503})
 * @param retryBackoff the wait before a batch is read again after the database refused it
 */
@ConfigurationProperties("khien.monitoring.kafka")
public record KafkaIntakeSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("khien.alerts") String topic,
        @DefaultValue("khien-intake") String group,
        @DefaultValue("2") int consumers,
        @DefaultValue("2000") int maxRecords,
        @DefaultValue("true") boolean httpOverflow,
        @DefaultValue("2s") Duration retryBackoff) {}
