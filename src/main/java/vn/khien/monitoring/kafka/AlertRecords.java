package vn.khien.monitoring.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The shape of an alert on the topic: the value is one line as the tool wrote it (the same lines the
 * HTTP intake reads), the key and the header {@code khien-organisation} name the sending organisation
 * (so one sender's lines stay in order on one partition), the header {@code khien-format} the format
 * ({@code wazuh}, {@code suricata}, {@code cef}, {@code syslog}, {@code generic}). Whoever may write to
 * the topic is trusted to name the organisation, as a syslog source is.
 */
public final class AlertRecords {

    public static final String ORGANISATION = "khien-organisation";
    public static final String FORMAT = "khien-format";

    private AlertRecords() {}

    public static ProducerRecord<String, String> of(String topic, String organisation, String format, String line) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, organisation, line);
        record.headers().add(ORGANISATION, organisation.getBytes(StandardCharsets.UTF_8));
        record.headers().add(FORMAT, format.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
