package vn.khien.monitoring.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.identity.AccessPolicy;
import vn.khien.monitoring.AlertFormat;
import vn.khien.monitoring.IntakeResult;
import vn.khien.monitoring.application.AlertIntake;
import vn.khien.monitoring.application.Senders;
import vn.khien.shared.InvalidInputException;

/**
 * {@code POST /api/v1/alerts?format=…}: NDJSON (or a JSON array), optionally gzip-encoded, with a
 * bearer API token. The answer comes after the batch is committed ({@code 200}), or, with Kafka
 * configured and the intake busy, after the brokers acknowledged it ({@code 202}, {@code queued}).
 */
@RestController
@Tag(name = "Alerts", description = "Alert intake from monitoring tools")
class AlertIntakeRestController {

    private final AlertIntake intake;
    private final Senders senders;
    private final AccessPolicy access;

    AlertIntakeRestController(AlertIntake intake, Senders senders, AccessPolicy access) {
        this.intake = intake;
        this.senders = senders;
        this.access = access;
    }

    @PostMapping("/api/v1/alerts")
    ResponseEntity<IntakeResult> ingest(@RequestParam String format, HttpServletRequest request) throws IOException {
        AlertFormat alertFormat = AlertFormat.ofParameter(format)
                .orElseThrow(() -> new InvalidInputException("format", "monitoring.intake.error.format"));
        var client = access.currentApiClient()
                .orElseThrow(() -> new InvalidInputException(null, "monitoring.intake.error.token"));
        boolean gzip = "gzip".equalsIgnoreCase(request.getHeader(HttpHeaders.CONTENT_ENCODING));
        IntakeResult result = intake.ingest(
                senders.of(client),
                alertFormat,
                new AlertIntake.Body(request.getInputStream(), gzip, declaredLength(request)));
        // handed to Kafka while the intake was busy: kept, stored later
        return ResponseEntity.status(result.queued() > 0 ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(result);
    }

    /** The Content-Length header as sent (the container may report only what arrived). */
    private static long declaredLength(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @ExceptionHandler(AlertIntake.IntakeSaturated.class)
    ResponseEntity<ProblemDetail> saturated() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Alert intake is saturated; nothing was stored. Retry after 1 s."));
    }

    @ExceptionHandler(AlertIntake.BatchTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(AlertIntake.BatchTooLarge e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.CONTENT_TOO_LARGE, e.getMessage() + "; nothing was stored"));
    }
}
