package vn.khien.monitoring.application;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.exc.JacksonIOException;
import vn.khien.monitoring.AlertFormat;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.files.CappedInputStream;

/**
 * The lines of a request body: NDJSON (or, for JSON formats, one JSON array), optionally gzip, within
 * the size limit (throws {@link AlertIntake.BatchTooLarge}). A body that cannot be read to its end (cut
 * gzip or deflate data, fewer bytes than declared, a broken connection) is refused whole with the line
 * reached: acknowledging the lines read before would tell the sender that a batch was stored when part
 * of it was lost.
 */
final class BodyLines {

    private static final Logger log = LoggerFactory.getLogger(BodyLines.class);

    private BodyLines() {}

    static void read(
            AlertFormat format,
            AlertIntake.Body body,
            DataSize limit,
            Consumer<String> line,
            IntSupplier reached,
            AlertIntake.Sender sender) {
        long maxBytes = limit.toBytes();
        CappedInputStream raw = new CappedInputStream(body.bytes(), maxBytes);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(
                        new CappedInputStream(body.gzip() ? new GZIPInputStream(raw, 65536) : raw, maxBytes),
                        StandardCharsets.UTF_8),
                65536)) {
            lines(format, reader, line);
            // before the reader closes the request stream: the container refuses reads after close
            raw.transferTo(OutputStream.nullOutputStream());
            if (body.declaredLength() >= 0 && raw.count() < body.declaredLength()) {
                throw new EOFException(raw.count() + " of " + body.declaredLength() + " declared bytes");
            }
        } catch (IOException | JacksonIOException e) {
            if (CappedInputStream.exceeded(e)) { // sent or inflated (a gzip bomb): the same limit
                throw new AlertIntake.BatchTooLarge("request body larger than " + maxBytes + " bytes");
            }
            log.warn(
                    "Alert batch from {} refused: body unreadable after line {} ({}); nothing stored",
                    sender.organisation(),
                    reached.getAsInt(),
                    e.toString());
            throw new InvalidInputException(
                    "body", "monitoring.intake.error.unreadable", String.valueOf(reached.getAsInt()));
        }
    }

    private static void lines(AlertFormat format, BufferedReader reader, Consumer<String> line) throws IOException {
        int first = skipWhitespace(reader);
        if (first == '[' && format.json()) {
            JsonArrayLines.forEach(reader, line);
            // read on to the end: a gzip trailer cut short only shows once it is read
            reader.transferTo(Writer.nullWriter());
        } else {
            String next;
            while ((next = reader.readLine()) != null) {
                line.accept(next);
            }
        }
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
}
