package vn.khien.compliance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.AgencyScope;
import vn.khien.shared.PageResponse;
import vn.khien.shared.Paging;
import vn.khien.systems.facts.SystemFacts;

/**
 * The waivers by state, newest first: the whole province for the province-wide roles, and for an
 * agency's people the waivers of their agency's obligations (on the agency or on one of its systems).
 */
@Service
public class WaiverQueries {

    /** Which waivers to list: in force today, past their expiry, or withdrawn. */
    public enum WaiverState {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    /** One waiver as the list shows it. */
    public record WaiverView(
            long id,
            String rule,
            String ruleTitle,
            String subjectType,
            String subjectCode,
            String reason,
            LocalDate validFrom,
            LocalDate expiresOn,
            String grantedBy,
            Instant revokedAt,
            String revokedBy,
            String revokeReason,
            WaiverState state) {}

    private static final String VISIBLE = """
             AND (:seeAll OR w.subject_code = ANY(CAST(:scope AS text[]))
                  OR EXISTS (SELECT 1 FROM %s s
                              WHERE s.code = w.subject_code AND s.owner_code = ANY(CAST(:scope AS text[]))))""".formatted(SystemFacts.SYSTEM.name());

    private final JdbcClient jdbc;
    private final PackCatalogue catalogue;
    private final AccessPolicy access;
    private final Clock clock;

    WaiverQueries(JdbcClient jdbc, PackCatalogue catalogue, AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('COORDINATOR_ADMIN', 'OBSERVER', 'RESPONDER', 'AGENCY_OFFICER', 'AGENCY_HEAD')")
    public PageResponse<WaiverView> list(WaiverState state, Paging paging, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        AgencyScope scope = access.currentScope();
        String condition = switch (state) {
                    case ACTIVE -> "w.revoked_at IS NULL AND w.expires_on >= :today";
                    case EXPIRED -> "w.revoked_at IS NULL AND w.expires_on < :today";
                    case REVOKED -> "w.revoked_at IS NOT NULL";
                }
                + " " + VISIBLE;
        long total = jdbc.sql("SELECT count(*) FROM compliance.waiver w WHERE " + condition)
                .param("today", today)
                .param("seeAll", scope.allAgencies())
                .param("scope", scope.agencyCodes().toArray(String[]::new))
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        SELECT w.id, w.rule_id, w.subject_code, w.reason, w.valid_from, w.expires_on, w.granted_by,
                               w.revoked_at, w.revoked_by, w.revoke_reason,
                               EXISTS (SELECT 1 FROM %s s WHERE s.code = w.subject_code) AS is_system
                          FROM compliance.waiver w
                         WHERE %s
                         ORDER BY w.granted_at DESC, w.id DESC
                         LIMIT :limit OFFSET :offset""".formatted(SystemFacts.SYSTEM.name(), condition))
                .param("today", today)
                .param("seeAll", scope.allAgencies())
                .param("scope", scope.agencyCodes().toArray(String[]::new))
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new WaiverView(
                        rs.getLong("id"),
                        rs.getString("rule_id"),
                        catalogue.ruleTitle(rs.getString("rule_id"), today, locale),
                        rs.getBoolean("is_system") ? "SYSTEM" : "AGENCY",
                        rs.getString("subject_code"),
                        rs.getString("reason"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("expires_on", LocalDate.class),
                        rs.getString("granted_by"),
                        rs.getTimestamp("revoked_at") == null
                                ? null
                                : rs.getTimestamp("revoked_at").toInstant(),
                        rs.getString("revoked_by"),
                        rs.getString("revoke_reason"),
                        state))
                .list();
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }
}
