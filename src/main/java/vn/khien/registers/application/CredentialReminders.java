package vn.khien.registers.application;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.registers.CredentialExpiring;
import vn.khien.registers.CredentialStatus;
import vn.khien.shared.EnumSql;

/**
 * The daily reminder of certificates about to expire: one statement marks every active credential
 * that entered the window and was not yet reminded for this expiry date, and each gets one {@link
 * CredentialExpiring}. A renewal changes the expiry date, so the renewed certificate is reminded again
 * when its own window comes.
 */
@Service
public class CredentialReminders {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final RegisterSettings settings;

    CredentialReminders(JdbcClient jdbc, ApplicationEventPublisher events, RegisterSettings settings) {
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
    }

    /** Publishes the reminders due on {@code day}; answers how many went out. */
    @Transactional
    public int remind(LocalDate day) {
        var due = jdbc.sql("""
                        UPDATE registers.credential c SET reminded_for = c.valid_to
                         WHERE c.status IN %s AND c.valid_to IS NOT NULL
                           AND c.valid_to BETWEEN :day AND :windowEnd
                           AND c.reminded_for IS DISTINCT FROM c.valid_to
                        RETURNING c.id, c.agency_code, c.holder_name, c.valid_to""".formatted(EnumSql.in(CredentialStatus::active, CredentialStatus.values())))
                .param("day", day)
                .param("windowEnd", day.plusDays(settings.credentials().expiringWindowDays()))
                .query((rs, n) -> new CredentialExpiring(
                        rs.getLong("id"),
                        rs.getString("agency_code"),
                        rs.getString("holder_name"),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
        due.forEach(events::publishEvent);
        return due.size();
    }
}
