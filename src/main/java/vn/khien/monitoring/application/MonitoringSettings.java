package vn.khien.monitoring.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code khien.monitoring.*}: retention, the roll-up window, the intake's bounds and the generic JSON
 * field mapping.
 *
 * @param retentionDays alerts, roll-ups and dead letters older than this are dropped (≥ 30 by policy)
 * @param rollupWindow repeats within this window roll up into one row
 * @param intake bounds of one HTTP batch and of the batches written at once
 * @param genericFields normalised field → JSON paths tried in order, for {@code format=generic}
 */
@ConfigurationProperties("khien.monitoring")
public record MonitoringSettings(
        @DefaultValue("30") int retentionDays,
        @DefaultValue("10m") Duration rollupWindow,
        @DefaultValue Intake intake,
        Map<String, List<String>> genericFields) {

    public MonitoringSettings {
        genericFields = genericFields == null ? Map.of() : Map.copyOf(genericFields);
    }

    /**
     * @param maxLines lines in one request; more answers 413 and stores nothing
     * @param maxBytes the request body after decompression
     * @param concurrency batches parsed and written at the same time; memory stays below this × max size
     * @param waitForSlot how long a batch waits for a free slot before the answer is 503 with Retry-After
     */
    public record Intake(
            @DefaultValue("10000") int maxLines,
            @DefaultValue("32MB") DataSize maxBytes,
            @DefaultValue("4") int concurrency,
            @DefaultValue("2s") Duration waitForSlot) {}
}
