package vn.khien.monitoring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import vn.khien.support.KhienIntegrationTest;

/**
 * A Khiên with Kafka intake on, against a real broker in KRaft mode in this JVM (two partitions), so
 * that the test and the benchmark of that path start the same application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@KhienIntegrationTest
@EmbeddedKafka(
        partitions = 2,
        topics = KafkaIntakeTest.TOPIC,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestPropertySource(
        properties = {
            "khien.monitoring.kafka.enabled=true",
            "khien.monitoring.kafka.topic=" + KafkaIntakeTest.TOPIC,
            "khien.monitoring.kafka.group=" + KafkaIntakeTest.GROUP,
            "khien.monitoring.kafka.retry-backoff=200ms"
        })
@interface KafkaIntakeTest {

    String TOPIC = "khien.alerts.test";
    String GROUP = "khien-intake-test";
}
