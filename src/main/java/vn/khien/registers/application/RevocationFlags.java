package vn.khien.registers.application;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.RegisterChanged;
import vn.khien.shared.EnumSql;

/**
 * When a person leaves, their active credentials are flagged for revocation in one statement: those
 * linked to the person, and unlinked ones of the same agency whose holder has the same name (token lists
 * imported before the workforce register knew the person).
 */
@Component
class RevocationFlags {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RevocationFlags(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    int flagHeldBy(long staffId, String agencyCode, String fullName, LocalDate leftOn) {
        String reason = "Người giữ nghỉ việc ngày " + leftOn;
        var flagged = jdbc.sql("""
                        UPDATE registers.credential
                           SET revocation_flagged = true, revocation_reason = :reason, version = version + 1
                         WHERE agency_code = :agency AND NOT revocation_flagged
                           AND status IN %s
                           AND (staff_id = :staff
                                OR (staff_id IS NULL AND public.search_key(holder_name) = public.search_key(:name)))
                        RETURNING id""".formatted(EnumSql.in(CredentialStatus::active, CredentialStatus.values())))
                .param("reason", reason)
                .param("agency", agencyCode)
                .param("staff", staffId)
                .param("name", fullName)
                .query(Long.class)
                .list();
        flagged.forEach(id -> events.publishEvent(
                new RegisterChanged("credential", id, agencyCode, "flagged-for-revocation", reason)));
        return flagged.size();
    }
}
