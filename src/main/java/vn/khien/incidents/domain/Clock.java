package vn.khien.incidents.domain;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A regulatory clock copied from the pack in force when it started: the notice or report is due at
 * {@code dueAt}; {@code metAt} records when it was sent, {@code missedAt} when its miss was announced.
 * {@code startEvent} is DETECTION or RESPONSE_END.
 */
@Table(schema = "incidents", name = "incident_clock")
public record Clock(
        String ruleId,
        String startEvent,
        String nameVi,
        String nameEn,
        String legalReference,
        boolean awaitingConfirmation,
        Instant startsAt,
        Instant dueAt,
        Instant metAt,
        Instant missedAt) {

    public static final String RESPONSE_END = "RESPONSE_END";

    /** The same clock with an earlier due time, not missed yet (the job announces it if already past). */
    Clock dueBy(Instant earlier) {
        return new Clock(
                ruleId,
                startEvent,
                nameVi,
                nameEn,
                legalReference,
                awaitingConfirmation,
                startsAt,
                earlier,
                metAt,
                null);
    }

    Clock met(Instant at) {
        return new Clock(
                ruleId,
                startEvent,
                nameVi,
                nameEn,
                legalReference,
                awaitingConfirmation,
                startsAt,
                dueAt,
                at,
                missedAt);
    }
}
