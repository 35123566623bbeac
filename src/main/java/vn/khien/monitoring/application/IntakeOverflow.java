package vn.khien.monitoring.application;

import java.util.List;
import vn.khien.monitoring.AlertFormat;

/**
 * Where a batch goes when every intake slot is busy, instead of a {@code 503}: the Kafka topic, when
 * configured ({@code monitoring.kafka}). Returns once the lines are kept durably (acknowledged by the
 * brokers); the consumers store them later through the same intake.
 */
public interface IntakeOverflow {

    void accept(String organisation, AlertFormat format, List<String> lines);
}
