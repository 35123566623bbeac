package vn.khien.monitoring.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import vn.khien.monitoring.AlertFormat;

/**
 * Writes alert lines to the intake topic for the consumers (on any node) to store: what a burst hands
 * over is absorbed by Kafka's log instead of waiting for the database. Returns once the brokers have
 * acknowledged every line (acks=all, idempotent producer), so a line reported as forwarded is not lost.
 */
public class KafkaAlertForwarder {

    private final KafkaTemplate<String, String> template;
    private final String topic;

    KafkaAlertForwarder(KafkaTemplate<String, String> template, String topic) {
        this.template = template;
        this.topic = topic;
    }

    public void forward(String organisation, AlertFormat format, List<String> lines) {
        List<CompletableFuture<SendResult<String, String>>> sent = new ArrayList<>(lines.size());
        for (String line : lines) {
            sent.add(template.send(AlertRecords.of(topic, organisation, format.parameter(), line)));
        }
        template.flush();
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Kafka acknowledged alert lines", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge every alert line: " + e.getMessage(), e);
        }
    }
}
