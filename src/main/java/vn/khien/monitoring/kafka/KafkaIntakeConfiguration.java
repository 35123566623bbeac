package vn.khien.monitoring.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import vn.khien.monitoring.application.AlertIntake;
import vn.khien.monitoring.application.IntakeOverflow;
import vn.khien.monitoring.application.Senders;

/**
 * The Kafka intake, only when {@code khien.monitoring.kafka.enabled=true}: every node joins the
 * consumer group and stores what its partitions bring; offsets are committed after the batch's
 * database commit, never before (no auto-commit). A batch the database refuses is read again after
 * {@code retry-backoff}, without end: alerts are never skipped to make progress.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaIntakeSettings.class)
@ConditionalOnProperty(name = "khien.monitoring.kafka.enabled", havingValue = "true")
class KafkaIntakeConfiguration {

    @Bean
    ConcurrentMessageListenerContainer<String, String> kafkaAlertIntake(
            KafkaProperties kafka,
            KafkaIntakeSettings settings,
            AlertIntake intake,
            Senders senders,
            ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, settings.group());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxRecords());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        ContainerProperties container = new ContainerProperties(settings.topic());
        container.setAckMode(ContainerProperties.AckMode.BATCH);
        container.setSyncCommits(true);
        container.setMessageListener(new KafkaAlertConsumer(intake, senders));
        var consumers = new DefaultKafkaConsumerFactory<String, String>(properties);
        // the consumers' own metrics (records-lag-max, …) on /actuator/prometheus
        meters.ifAvailable(registry -> consumers.addListener(new MicrometerConsumerListener<>(registry)));
        var listener = new ConcurrentMessageListenerContainer<String, String>(consumers, container);
        listener.setConcurrency(settings.consumers());
        listener.setCommonErrorHandler(new DefaultErrorHandler(
                new FixedBackOff(settings.retryBackoff().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS)));
        return listener;
    }

    /** HTTP batches that find the intake busy go to the topic instead of a 503 (http-overflow, on by default). */
    @Bean
    @ConditionalOnProperty(name = "khien.monitoring.kafka.http-overflow", havingValue = "true", matchIfMissing = true)
    IntakeOverflow kafkaIntakeOverflow(KafkaAlertForwarder forwarder) {
        return forwarder::forward;
    }

    @Bean
    KafkaAlertForwarder kafkaAlertForwarder(KafkaProperties kafka, KafkaIntakeSettings settings) {
        Map<String, Object> properties = new HashMap<>(kafka.buildProducerProperties());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        var producers = new DefaultKafkaProducerFactory<String, String>(properties);
        return new KafkaAlertForwarder(new KafkaTemplate<>(producers), settings.topic());
    }
}
