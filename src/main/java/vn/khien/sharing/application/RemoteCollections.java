package vn.khien.sharing.application;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.sharing.stix.ReceivedObject;
import vn.khien.sharing.stix.StixTime;

/**
 * Khiên as a TAXII 2.1 client: pulls a remote collection into an inbound collection page by page with a
 * resumable cursor ({@code added_after} + {@code next}, persisted after every page in its own
 * transaction). A version already held is not stored twice; a newer version becomes the latest.
 */
@Service
public class RemoteCollections {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TAXII = "application/taxii+json;version=2.1";
    private final JdbcClient jdbc;
    private final ObjectStore store;
    private final CollectionDirectory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final RemoteSecrets secrets;

    RemoteCollections(
            JdbcClient jdbc,
            ObjectStore store,
            CollectionDirectory directory,
            TransactionTemplate transactions,
            Clock clock,
            RemoteSecrets secrets) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.directory = directory;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one poll did: pages read, objects stored (new versions), and the error that stopped it. */
    public record Polled(int pages, int stored, String error) {}

    private record Cursor(String url, String username, String password, UUID into, Instant addedAfter, String next) {}

    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public UUID configure(String collectionUrl, String username, String password, UUID into) {
        URI uri;
        try {
            uri = URI.create(collectionUrl.endsWith("/") ? collectionUrl : collectionUrl + "/");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("collectionUrl", "sharing.remote.error.url");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new InvalidInputException("collectionUrl", "sharing.remote.error.url");
        }
        if (!directory.goes(into, "INBOUND")) {
            throw new InvalidInputException("into", "sharing.remote.error.into");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO sharing.remote_source (id, collection_url, username, password, into_collection, created_at)
                        VALUES (:id, :url, :user, :password, :into, :at)""")
                .param("id", id)
                .param("url", uri.toString())
                .param("user", username)
                .param(
                        "password",
                        secrets.seal(password == null || password.isEmpty() ? null : password, id.toString()))
                .param("into", into)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** Passwords stored before they were encrypted are sealed at start (each row once, whichever node). */
    @EventListener(ApplicationReadyEvent.class)
    void sealStoredPasswords() {
        jdbc.sql("""
                        SELECT id, password FROM sharing.remote_source
                         WHERE password IS NOT NULL AND password NOT LIKE 'aesgcm:v1:%'""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .forEach(row -> jdbc.sql("UPDATE sharing.remote_source SET password = :sealed"
                                + " WHERE id = CAST(:id AS uuid) AND password = :plain")
                        .param("sealed", secrets.seal(row[1], row[0]))
                        .param("id", row[0])
                        .param("plain", row[1])
                        .update());
    }

    /** The coordinator's "pull now". */
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public Polled pullNow(UUID source) {
        return poll(source, 1000);
    }

    /** Pulls everything added since the cursor, {@code pageSize} objects a request. */
    public Polled poll(UUID source, int pageSize) {
        int pages = 0;
        int stored = 0;
        while (true) {
            Cursor cursor = cursor(source);
            // every version, not only the last (TAXII's default): the history is kept, the newest marked latest
            StringBuilder url = new StringBuilder(cursor.url())
                    .append("objects/?match%5Bversion%5D=all&limit=")
                    .append(pageSize);
            if (cursor.addedAfter() != null) {
                url.append("&added_after=").append(encode(StixTime.format(cursor.addedAfter())));
            }
            if (cursor.next() != null) {
                url.append("&next=").append(encode(cursor.next()));
            }
            HttpResponse<byte[]> response;
            try {
                response = http.send(request(cursor, url.toString()), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                return failed(source, pages, stored, "unreachable: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(source, pages, stored, "interrupted");
            }
            if (response.statusCode() != 200) {
                return failed(source, pages, stored, "HTTP " + response.statusCode());
            }
            JsonNode envelope;
            try {
                envelope = JSON.readTree(response.body());
            } catch (JacksonException e) {
                return failed(source, pages, stored, "not a TAXII envelope");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            List<ReceivedObject> objects = new ArrayList<>();
            envelope.path("objects").forEach(node -> {
                if (ReceivedObject.read(node, now) instanceof ReceivedObject object) {
                    objects.add(object);
                }
            });
            boolean more = envelope.path("more").asBoolean(false) && envelope.hasNonNull("next");
            Instant last = response.headers()
                    .firstValue("X-TAXII-Date-Added-Last")
                    .flatMap(StixTime::parse)
                    .orElse(cursor.addedAfter());
            Integer added = transactions.execute(status -> {
                int count = store.add(cursor.into(), objects, List.of(), now);
                jdbc.sql("""
                                UPDATE sharing.remote_source SET added_after = :after, next_page = :next,
                                       last_polled_at = :at, last_success_at = :at,
                                       first_success_at = coalesce(first_success_at, :at), last_error = NULL
                                 WHERE id = :id""")
                        .param(
                                "after",
                                more ? timestamp(cursor.addedAfter()) : timestamp(latest(cursor.addedAfter(), last)))
                        .param("next", more ? envelope.path("next").asString() : null)
                        .param("at", java.sql.Timestamp.from(now))
                        .param("id", source)
                        .update();
                return count;
            });
            pages++;
            stored += added == null ? 0 : added;
            if (!more) {
                return new Polled(pages, stored, null);
            }
        }
    }

    private Polled failed(UUID source, int pages, int stored, String error) {
        // a page token may have expired: the next poll starts again from added_after (duplicates are skipped)
        jdbc.sql("""
                        UPDATE sharing.remote_source SET last_error = :error, last_polled_at = :at, next_page = NULL
                         WHERE id = :id""")
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("id", source)
                .update();
        return new Polled(pages, stored, error);
    }

    private Cursor cursor(UUID source) {
        return jdbc.sql("""
                        SELECT collection_url, username, password, into_collection, added_after, next_page
                          FROM sharing.remote_source WHERE id = :id""")
                .param("id", source)
                .query((rs, n) -> new Cursor(
                        rs.getString(1),
                        rs.getString(2),
                        secrets.open(rs.getString(3), source.toString()),
                        rs.getObject(4, UUID.class),
                        Optional.ofNullable(rs.getTimestamp(5))
                                .map(java.sql.Timestamp::toInstant)
                                .orElse(null),
                        rs.getString(6)))
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("remote-source", source.toString()));
    }

    private static HttpRequest request(Cursor cursor, String url) {
        var builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", TAXII)
                .GET();
        if (cursor.username() != null) {
            String pair = cursor.username() + ":" + (cursor.password() == null ? "" : cursor.password());
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
