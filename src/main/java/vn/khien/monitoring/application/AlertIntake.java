package vn.khien.monitoring.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.khien.monitoring.domain.AlertParser;
import vn.khien.monitoring.domain.ParseOutcome;

/**
 * The intake of one batch from one sender: read line by line, parse, map to a system, refuse what the
 * sender may not report, store in one transaction, answer with the counts. At most a configured
 * number of batches run at once, each of bounded size.
 */
@Service
public class AlertIntake {

    private final Parsers parsers;
    private final AssetIndex index;
    private final AlertWriter writer;
    private final IntakeGate gate;
    private final MonitoringSettings settings;
    private final Clock clock;

    AlertIntake(
            Parsers parsers,
            AssetIndex index,
            AlertWriter writer,
            IntakeGate gate,
            MonitoringSettings settings,
            Clock clock) {
        this.parsers = parsers;
        this.index = index;
        this.writer = writer;
        this.gate = gate;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Who sends: the organisation the token or syslog source belongs to, the token's id if any, and
     * whether it may report only on the systems it serves (every provider and agency sender does).
     */
    public record Sender(String organisation, Long tokenId, boolean restrictedToServed) {}

    /** Reads NDJSON (or, for JSON formats, one JSON array) from the body; throws {@link BatchTooLarge}. */
    public IntakeResult ingest(Sender sender, AlertFormat format, InputStream body) {
        return gate.within(() -> {
            BatchAssembler batch = new BatchAssembler(sender, format, clock.instant());
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(
                            new BoundedInputStream(
                                    body, settings.intake().maxBytes().toBytes()),
                            StandardCharsets.UTF_8),
                    65536)) {
                int first = skipWhitespace(reader);
                if (first == '[' && format.json()) {
                    JsonArrayLines.forEach(reader, batch::add);
                } else {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        batch.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return batch.store();
        });
    }

    /** Lines already framed elsewhere (syslog), as one batch. */
    public IntakeResult ingestLines(Sender sender, AlertFormat format, List<String> lines) {
        return gate.within(() -> {
            BatchAssembler batch = new BatchAssembler(sender, format, clock.instant());
            lines.forEach(batch::add);
            return batch.store();
        });
    }

    private static int skipWhitespace(BufferedReader reader) throws IOException {
        int c;
        do {
            reader.mark(1);
            c = reader.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF');
        reader.reset();
        return c;
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
            alerts.add(PreparedAlert.of(
                    outcome.alert(),
                    target,
                    sender.organisation(),
                    received,
                    settings.rollupWindow(),
                    settings.retentionDays()));
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
