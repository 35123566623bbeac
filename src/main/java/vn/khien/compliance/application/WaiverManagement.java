package vn.khien.compliance.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.WaiverGranted;
import vn.khien.compliance.WaiverRevoked;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;
import vn.khien.shared.ObjectNotFoundException;

/**
 * The coordinator waives an obligation for a subject until a day, with a reason, and may withdraw the
 * waiver before then (it stops counting from the day it is withdrawn); both audited.
 */
@Service
public class WaiverManagement {

    private record Held(String rule, String subject, boolean revoked) {}

    /** What the coordinator asks for. */
    public record WaiverRequest(String rule, String subjectCode, String reason, LocalDate expiresOn) {}

    private final JdbcClient jdbc;
    private final PackCatalogue catalogue;
    private final ObligationRecompute recompute;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaiverManagement(
            JdbcClient jdbc,
            PackCatalogue catalogue,
            ObligationRecompute recompute,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.recompute = recompute;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void grant(WaiverRequest request) {
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.rule() == null || request.rule().isBlank()) {
            problems.add(new FieldProblem("rule", "compliance.waiver.rule.required", List.of()));
        }
        if (request.subjectCode() == null || request.subjectCode().isBlank()) {
            problems.add(new FieldProblem("subjectCode", "compliance.waiver.subject.required", List.of()));
        }
        if (request.reason() == null
                || request.reason().isBlank()
                || request.reason().length() > 1000) {
            problems.add(new FieldProblem("reason", "compliance.waiver.reason.required", List.of()));
        }
        if (request.expiresOn() == null || request.expiresOn().isBefore(today)) {
            problems.add(new FieldProblem("expiresOn", "compliance.waiver.expiry.future", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (catalogue.ruleTitle(request.rule(), today, null).equals(request.rule())) {
            throw new ObjectNotFoundException("rule", request.rule());
        }
        boolean owed =
                jdbc.sql("SELECT count(*) FROM compliance.obligation WHERE rule_id = :rule AND subject_code = :subject")
                                .param("rule", request.rule())
                                .param("subject", request.subjectCode())
                                .query(Long.class)
                                .single()
                        > 0;
        if (!owed) {
            throw new ObjectNotFoundException("obligation", request.rule() + "/" + request.subjectCode());
        }
        jdbc.sql("""
                        INSERT INTO compliance.waiver (rule_id, subject_code, reason, valid_from, expires_on, granted_by, granted_at)
                        VALUES (:rule, :subject, :reason, :from, :expires, :by, :at)""")
                .param("rule", request.rule())
                .param("subject", request.subjectCode())
                .param("reason", request.reason().strip())
                .param("from", today)
                .param("expires", request.expiresOn())
                .param(
                        "by",
                        SecurityContextHolder.getContext().getAuthentication().getName())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new WaiverGranted(
                request.rule(), request.subjectCode(), request.reason().strip(), request.expiresOn()));
        recompute.subjects(Set.of(request.subjectCode()));
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void revoke(long id, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("reason", "compliance.waiver.revoke-reason.required", List.of())));
        }
        Held waiver = jdbc.sql(
                        "SELECT rule_id, subject_code, revoked_at IS NOT NULL FROM compliance.waiver WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Held(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("waiver", String.valueOf(id)));
        if (waiver.revoked()) {
            throw new ConflictException("compliance.waiver.already-revoked");
        }
        jdbc.sql(
                        "UPDATE compliance.waiver SET revoked_at = :at, revoked_by = :by, revoke_reason = :reason WHERE id = :id")
                .param("at", Timestamp.from(clock.instant()))
                .param(
                        "by",
                        SecurityContextHolder.getContext().getAuthentication().getName())
                .param("reason", reason.strip())
                .param("id", id)
                .update();
        events.publishEvent(new WaiverRevoked(waiver.rule(), waiver.subject(), reason.strip()));
        recompute.subjects(Set.of(waiver.subject()));
    }
}
