package vn.khien.monitoring.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.khien.monitoring.AlertFormat;
import vn.khien.monitoring.IntakeResult;
import vn.khien.monitoring.ThreatIndicators;
import vn.khien.monitoring.domain.AlertParser;
import vn.khien.monitoring.domain.NormalisedAlert;
import vn.khien.monitoring.domain.ParseOutcome;

/**
 * The intake of one batch from one sender: read line by line, parse, map to a system, refuse what the
 * sender may not report, match against the active threat indicators (a match raises the severity and
 * is stored as a sighting), store in one transaction, answer with the counts. At most a configured
 * number of batches run at once, each of bounded size; with Kafka configured, a batch that finds no
 * free slot is handed to the topic instead ({@link OverflowIntake}).
 */
@Service
public class AlertIntake {

    private final Parsers parsers;
    private final AssetIndex index;
    private final IndicatorMatching indicators;
    private final AlertWriter writer;
    private final IntakeGate gate;
    private final OverflowIntake overflow;
    private final MonitoringSettings settings;
    private final Clock clock;

    AlertIntake(
            Parsers parsers,
            AssetIndex index,
            IndicatorMatching indicators,
            AlertWriter writer,
            IntakeGate gate,
            OverflowIntake overflow,
            MonitoringSettings settings,
            Clock clock) {
        this.parsers = parsers;
        this.index = index;
        this.indicators = indicators;
        this.writer = writer;
        this.gate = gate;
        this.overflow = overflow;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Who sends: the organisation the token or syslog source belongs to, the token's id if any, and
     * whether it may report only on the systems it serves (every provider and agency sender does).
     */
    public record Sender(String organisation, Long tokenId, boolean restrictedToServed) {}

    /**
     * A request body as sent: its bytes, whether they are gzip-encoded, and the length the sender
     * declared ({@code -1} when it declared none).
     */
    public record Body(InputStream bytes, boolean gzip, long declaredLength) {}

    /**
     * Reads NDJSON (or, for JSON formats, one JSON array) from the body; throws {@link BatchTooLarge}.
     * A body that cannot be read to its end (cut gzip or deflate data, fewer bytes than declared, a
     * broken connection) is refused whole with the line reached: acknowledging the lines read before
     * would tell the sender that a batch was stored when part of it was lost.
     */
    public IntakeResult ingest(Sender sender, AlertFormat format, Body body) {
        try {
            return gate.within(() -> {
                BatchAssembler batch = new BatchAssembler(sender, format, clock.instant());
                BodyLines.read(format, body, settings.intake().maxBytes(), batch::add, () -> batch.lineNumber, sender);
                return batch.store();
            });
        } catch (IntakeSaturated saturated) {
            return overflow.handOver(sender, format, body, saturated);
        }
    }

    /** Lines already framed elsewhere (syslog), as one batch. */
    public IntakeResult ingestLines(Sender sender, AlertFormat format, List<String> lines) {
        return gate.within(() -> store(sender, format, lines));
    }

    /**
     * Lines read from the Kafka topic, as one batch, without waiting for an intake slot: the consumer
     * threads are their own bound (threads × records per poll), and a burst the HTTP intake handed to
     * Kafka must drain even while every slot is busy.
     */
    public IntakeResult ingestConsumed(Sender sender, AlertFormat format, List<String> lines) {
        return store(sender, format, lines);
    }

    private IntakeResult store(Sender sender, AlertFormat format, List<String> lines) {
        BatchAssembler batch = new BatchAssembler(sender, format, clock.instant());
        lines.forEach(batch::add);
        return batch.store();
    }

    /** No free slot for the batch: the client should retry after a second; nothing was stored. */
    public static class IntakeSaturated extends RuntimeException {
        IntakeSaturated() {
            super("alert intake saturated", null, false, false);
        }
    }

    /** More lines than a batch may hold: nothing was stored. */
    public static class BatchTooLarge extends RuntimeException {
        BatchTooLarge(String message) {
            super(message, null, false, false);
        }
    }

    private final class BatchAssembler {

        private final Sender sender;
        private final AlertFormat format;
        private final AlertParser parser;
        private final Instant received;
        private final List<PreparedAlert> alerts = new ArrayList<>();
        private final List<AlertWriter.DeadLetter> deadLetters = new ArrayList<>();
        private final List<IntakeResult.Rejection> rejected = new ArrayList<>();
        private int lineNumber;

        BatchAssembler(Sender sender, AlertFormat format, Instant received) {
            this.sender = sender;
            this.format = format;
            this.parser = parsers.of(format);
            this.received = received;
        }

        void add(String line) {
            lineNumber++;
            if (line.isBlank()) {
                return;
            }
            if (lineNumber > settings.intake().maxLines()) {
                throw new BatchTooLarge("more than " + settings.intake().maxLines() + " lines in one request");
            }
            ParseOutcome outcome;
            try {
                outcome = parser.parse(line);
            } catch (RuntimeException e) {
                outcome = ParseOutcome.malformed("unreadable: " + e.getClass().getSimpleName());
            }
            if (!outcome.ok()) {
                deadLetters.add(new AlertWriter.DeadLetter(lineNumber, outcome.reason(), line));
                rejected.add(new IntakeResult.Rejection(lineNumber, outcome.reason()));
                return;
            }
            SystemTarget target = index.find(outcome.alert());
            if (target != null
                    && sender.restrictedToServed()
                    && !target.servedBy().contains(sender.organisation())) {
                rejected.add(new IntakeResult.Rejection(
                        lineNumber, "system " + target.systemCode() + " is not served by " + sender.organisation()));
                return;
            }
            NormalisedAlert alert = outcome.alert();
            List<ThreatIndicators.Hit> hits = indicators.match(alert, received);
            alerts.add(PreparedAlert.of(
                    hits.isEmpty() ? alert : indicators.raised(alert),
                    target,
                    sender.organisation(),
                    received,
                    settings.rollupWindow(),
                    settings.retentionDays(),
                    hits));
        }

        IntakeResult store() {
            long stored = writer.write(
                    alerts,
                    deadLetters,
                    new AlertWriter.Batch(received, sender.organisation(), sender.tokenId(), format.parameter()));
            return new IntakeResult(stored, alerts.size() - stored, rejected, deadLetters.size());
        }
    }
}
