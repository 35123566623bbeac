package vn.khien.monitoring.application;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.exc.JacksonIOException;
import vn.khien.monitoring.AlertFormat;
import vn.khien.monitoring.IntakeResult;
import vn.khien.monitoring.domain.AlertParser;
import vn.khien.monitoring.domain.ParseOutcome;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.files.CappedInputStream;

/**
 * The intake of one batch from one sender: read line by line, parse, map to a system, refuse what the
 * sender may not report, store in one transaction, answer with the counts. At most a configured
 * number of batches run at once, each of bounded size.
 */
@Service
public class AlertIntake {

    private static final Logger log = LoggerFactory.getLogger(AlertIntake.class);

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
        return gate.within(() -> {
            BatchAssembler batch = new BatchAssembler(sender, format, clock.instant());
            long maxBytes = settings.intake().maxBytes().toBytes();
            CappedInputStream raw = new CappedInputStream(body.bytes(), maxBytes);
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(
                            new CappedInputStream(body.gzip() ? new GZIPInputStream(raw, 65536) : raw, maxBytes),
                            StandardCharsets.UTF_8),
                    65536)) {
                read(format, reader, batch);
                // before the reader closes the request stream: the container refuses reads after close
                raw.transferTo(OutputStream.nullOutputStream());
                if (body.declaredLength() >= 0 && raw.count() < body.declaredLength()) {
                    throw new EOFException(raw.count() + " of " + body.declaredLength() + " declared bytes");
                }
            } catch (IOException | JacksonIOException e) {
                if (CappedInputStream.exceeded(e)) { // sent or inflated (a gzip bomb): the same limit
                    throw new BatchTooLarge("request body larger than " + maxBytes + " bytes");
                }
                log.warn(
                        "Alert batch from {} refused: body unreadable after line {} ({}); nothing stored",
                        sender.organisation(),
                        batch.lineNumber,
                        e.toString());
                throw new InvalidInputException(
                        "body", "monitoring.intake.error.unreadable", String.valueOf(batch.lineNumber));
            }
            return batch.store();
        });
    }

    private static void read(AlertFormat format, BufferedReader reader, BatchAssembler batch) throws IOException {
        int first = skipWhitespace(reader);
        if (first == '[' && format.json()) {
            JsonArrayLines.forEach(reader, batch::add);
            // read on to the end: a gzip trailer cut short only shows once it is read
            reader.transferTo(Writer.nullWriter());
        } else {
            String line;
            while ((line = reader.readLine()) != null) {
                batch.add(line);
            }
        }
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
