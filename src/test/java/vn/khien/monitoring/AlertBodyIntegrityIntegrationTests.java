package vn.khien.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;
import vn.khien.support.KhienIntegrationTest;

/**
 * A batch is acknowledged only when its whole body was read: a body cut short in any way is a 400
 * naming the line reached, and nothing of it is stored, not even as dead letters.
 */
@KhienIntegrationTest
class AlertBodyIntegrityIntegrationTests extends MonitoringTestSupport {

    private static String lines(String batch, int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            body.append("{\"timestamp\":\"")
                    .append(Instant.now())
                    .append("\",\"ruleId\":\"")
                    .append(batch)
                    .append('-')
                    .append(i)
                    .append("\",\"severity\":\"low\",\"srcIp\":\"198.51.100.")
                    .append(i % 250 + 1)
                    .append("\",\"dstIp\":\"192.0.2.9\"}\n");
        }
        return body.toString();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private ResultActions postGzip(String token, String format, byte[] body) throws Exception {
        return mvc.perform(post("/api/v1/alerts")
                .param("format", format)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.CONTENT_ENCODING, "gzip")
                .contentType("application/x-ndjson")
                .content(body));
    }

    private long storedOf(String batch) {
        return jdbc.sql("SELECT (SELECT count(*) FROM monitoring.alert WHERE rule_id LIKE :b)"
                        + " + (SELECT count(*) FROM monitoring.dead_letter WHERE raw LIKE :r)")
                .param("b", batch + "-%")
                .param("r", "%" + batch + "-%")
                .query(Long.class)
                .single();
    }

    private void refusedNamingALine(ResultActions answer) throws Exception {
        answer.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.matchesPattern(".*\\d+.*")));
    }

    /** 1,000 generic lines gzipped, sent without their last bytes: refused, nothing stored. */
    private void refusedWhenCut(String batch, int bytesCut) throws Exception {
        String token = issueToken(PROVIDER);
        byte[] whole = gzip(lines(batch, 1000));
        refusedNamingALine(postGzip(token, "generic", Arrays.copyOf(whole, whole.length - bytesCut)));
        assertThat(storedOf(batch)).isZero();
    }

    @Test
    void aGzipBodyCutShortByItsLastByteIsRefusedAndNothingIsStored() throws Exception {
        refusedWhenCut("CUT-TRAILER", 1);
    }

    @Test
    void aGzipBodyCutInsideTheDeflateStreamIsRefusedAndNothingIsStored() throws Exception {
        refusedWhenCut("CUT-DEFLATE", 12);
    }

    @Test
    void aGzipJsonArrayCutShortIsRefusedAndNothingIsStored() throws Exception {
        String token = issueToken(PROVIDER);
        String array = "[" + lines("CUT-ARRAY", 200).trim().replace("\n", ",") + "]";
        byte[] whole = gzip(array);
        refusedNamingALine(postGzip(token, "generic", Arrays.copyOf(whole, whole.length - 1)));
        assertThat(storedOf("CUT-ARRAY")).isZero();
    }

    @Test
    void randomBytesSentAsGzipAreRefused() throws Exception {
        String token = issueToken(PROVIDER);
        byte[] noise = new byte[4096];
        new Random(6).nextBytes(noise);
        refusedNamingALine(postGzip(token, "generic", noise));
        refusedNamingALine(postGzip(token, "generic", new byte[0]));
    }

    @Test
    void aBodyShorterThanItsContentLengthIsRefusedAndNothingIsStored() throws Exception {
        String token = issueToken(PROVIDER);
        byte[] body = lines("CUT-LENGTH", 10).getBytes(StandardCharsets.UTF_8);
        refusedNamingALine(mvc.perform(post("/api/v1/alerts")
                .param("format", "generic")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.CONTENT_LENGTH, body.length + 100)
                .contentType("application/x-ndjson")
                .content(body)));
        assertThat(storedOf("CUT-LENGTH")).isZero();
    }

    @Test
    void aGzipBombIsRefusedAsTooLargeOnceItsInflatedBytesPassTheLimitAndNothingIsStored() throws Exception {
        String token = issueToken(PROVIDER);
        // 33 MiB of spaces after five lines: about 33 KiB on the wire, more than the 32 MB a batch may hold
        String bomb = lines("BOMB", 5) + " ".repeat(33 * 1024 * 1024);
        postGzip(token, "generic", gzip(bomb))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was stored")));
        assertThat(storedOf("BOMB")).isZero();
    }

    @Test
    void aWholeBodyWithoutAFinalNewlineIsStoredCompletely() throws Exception {
        String token = issueToken(PROVIDER);
        postGzip(token, "generic", gzip(lines("NO-NEWLINE", 5).trim()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(5));
        assertThat(storedOf("NO-NEWLINE")).isEqualTo(5);
    }
}
