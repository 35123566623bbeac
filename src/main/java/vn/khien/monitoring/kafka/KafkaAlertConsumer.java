package vn.khien.monitoring.kafka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import vn.khien.monitoring.AlertFormat;
import vn.khien.monitoring.application.AlertIntake;
import vn.khien.monitoring.application.Senders;

/**
 * Stores what one poll of the topic brought, one intake batch per sender and format, through the same
 * path as the HTTP intake (parse, map, refuse what the sender may not report, deduplicate, commit). It
 * returns only after every batch is committed; the container commits the offsets after that (ack mode
 * BATCH), so a node that dies in between has its records read again, and the deduplication key
 * (organisation and line) stores none of them twice. A failure (database down, intake saturated)
 * throws: the container reads the same records again after a pause, and nothing is skipped.
 */
final class KafkaAlertConsumer implements BatchMessageListener<String, String> {

    private static final Logger log = LoggerFactory.getLogger(KafkaAlertConsumer.class);

    private final AlertIntake intake;
    private final Senders senders;
    private final AtomicLong unaddressed = new AtomicLong();

    KafkaAlertConsumer(AlertIntake intake, Senders senders) {
        this.intake = intake;
        this.senders = senders;
    }

    private record Batch(String organisation, AlertFormat format) {}

    @Override
    public void onMessage(List<ConsumerRecord<String, String>> records) {
        Map<Batch, List<String>> batches = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            String organisation = AlertRecords.header(record, AlertRecords.ORGANISATION);
            Optional<AlertFormat> format = Optional.ofNullable(AlertRecords.header(record, AlertRecords.FORMAT))
                    .flatMap(AlertFormat::ofParameter);
            if (organisation == null || organisation.isBlank() || format.isEmpty() || record.value() == null) {
                // not an alert line of ours: nothing to store it under; counted, and the rest goes on
                if (unaddressed.incrementAndGet() % 1000 == 1) {
                    log.warn(
                            "Kafka record at {}-{}@{} has no sender or format header: skipped ({} so far)",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            unaddressed.get());
                }
                continue;
            }
            batches.computeIfAbsent(new Batch(organisation, format.get()), b -> new ArrayList<>())
                    .add(record.value());
        }
        batches.forEach(
                (batch, lines) -> intake.ingestConsumed(senders.ofSource(batch.organisation()), batch.format(), lines));
    }

    long unaddressed() {
        return unaddressed.get();
    }
}
