package vn.khien.agencies.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.agencies.FocalPointAppointed;
import vn.khien.agencies.FocalPointConfirmed;
import vn.khien.agencies.FocalPointRole;

/**
 * One term of an agency's focal point. A term is never deleted: a successor's appointment ends it, so
 * the agency's history of contacts stays answerable ("who was the 24/7 contact in March?").
 */
@Table(schema = "agencies", name = "focal_point")
public class FocalPoint extends AbstractAggregateRoot<FocalPoint> {

    @Id
    private Long id;

    private final String agencyCode;
    private final FocalPointRole role;

    @Embedded.Empty
    private final Appointment appointment;

    private LocalDate validTo;
    private LocalDate confirmedOn;
    private final Instant recordedAt;

    @Version
    private int version;

    @PersistenceCreator
    FocalPoint(
            Long id,
            String agencyCode,
            FocalPointRole role,
            Appointment appointment,
            LocalDate validTo,
            LocalDate confirmedOn,
            Instant recordedAt,
            int version) {
        this.id = id;
        this.agencyCode = agencyCode;
        this.role = role;
        this.appointment = appointment;
        this.validTo = validTo;
        this.confirmedOn = confirmedOn;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    /**
     * Starts a new term. The current holder, if any, must be ended first with {@link #endOn} — the
     * database allows one open term per agency and role.
     */
    public static FocalPoint appoint(
            String agencyCode, FocalPointRole role, Appointment appointment, FocalPoint previous, Instant now) {
        FocalPoint term = new FocalPoint(null, agencyCode, role, appointment, null, appointment.validFrom(), now, 0);
        term.registerEvent(new FocalPointAppointed(
                agencyCode,
                role,
                appointment.personName(),
                previous == null ? null : previous.appointment.personName(),
                appointment.validFrom()));
        return term;
    }

    /** Whether a successor starting on that day may replace this term (not before this one began). */
    public boolean mayBeSucceededOn(LocalDate day) {
        return !day.isBefore(appointment.validFrom());
    }

    public void endOn(LocalDate day) {
        if (!mayBeSucceededOn(day)) {
            throw new IllegalArgumentException("a term cannot end before it began");
        }
        validTo = day;
    }

    /** The agency says the contact is still right; the 12-month re-confirmation clock restarts. */
    public void confirm(LocalDate today) {
        confirmedOn = today;
        registerEvent(new FocalPointConfirmed(agencyCode, role, today));
    }

    public Appointment appointment() {
        return appointment;
    }
}
