package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

/** The administrator of a {@link KhienProcess} over HTTP, and what the crash tests check in its database. */
final class NodeClient {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Registers the organisation and issues it an API token, waiting for the first administrator to exist. */
    String issueToken(KhienProcess node, String organisation, String agencyName, String tokenName) throws Exception {
        String agency = "{\"code\":\"" + organisation + "\",\"name\":\"" + agencyName
                + "\",\"kind\":\"PROVINCIAL_DEPARTMENT\"}";
        HttpResponse<String> created = adminPost(node, "/api/v1/agencies", agency);
        for (int attempt = 0; attempt < 100 && created.statusCode() == 401; attempt++) {
            Thread.sleep(300); // the first administrator is created just after the first health check
            created = adminPost(node, "/api/v1/agencies", agency);
        }
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> token = adminPost(
                node,
                "/api/v1/api-tokens",
                "{\"organisationCode\":\"" + organisation + "\",\"name\":\"" + tokenName + "\"}");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        return token.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> adminPost(KhienProcess node, String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(node.uri(path))
                        .header("Authorization", "Bearer " + KhienProcess.TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** How many of the marked alerts (generic JSON with a {@code marker}) the organisation has stored. */
    static long stored(Connection db, String organisation, List<String> markers) throws Exception {
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM monitoring.alert"
                + " WHERE organisation_code = ? AND CAST(raw AS json)->>'marker' = ANY(?)")) {
            count.setString(1, organisation);
            count.setArray(2, db.createArrayOf("text", markers.toArray()));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
