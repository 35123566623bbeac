package vn.khien.systems.application;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.systems.SystemParts;

/**
 * Writes the parts of imported systems with one batch statement per table: an inventory of a hundred
 * systems and their thousand parts goes in within a second, where one save per part would rewrite each
 * system's aggregate again and again.
 */
@Component
class SystemPartsWriter {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SystemPartsWriter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void write(List<SystemParts> parts) {
        Map<String, Long> ids = ids();
        List<Object[]> components = new ArrayList<>();
        List<Object[]> assets = new ArrayList<>();
        List<Object[]> products = new ArrayList<>();
        List<Object[]> arrangements = new ArrayList<>();
        List<Object[]> dossiers = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (var p : parts) {
            Long id = ids.get(p.systemCode());
            if (id == null) {
                throw new ObjectNotFoundException("information-system", p.systemCode());
            }
            for (int i = 0; i < p.components().size(); i++) {
                var c = p.components().get(i);
                components.add(new Object[] {id, i, c.name(), c.description(), c.level()});
            }
            for (int i = 0; i < p.assets().size(); i++) {
                var a = p.assets().get(i);
                assets.add(new Object[] {id, i, UUID.randomUUID(), a.kind().name(), a.value()});
            }
            for (int i = 0; i < p.products().size(); i++) {
                var r = p.products().get(i);
                products.add(new Object[] {
                    id,
                    i,
                    UUID.randomUUID(),
                    r.product(),
                    r.vendor(),
                    r.category(),
                    r.origin().name(),
                    r.justification()
                });
            }
            for (int i = 0; i < p.arrangements().size(); i++) {
                var a = p.arrangements().get(i);
                arrangements.add(new Object[] {
                    id,
                    i,
                    UUID.randomUUID(),
                    a.service().name(),
                    a.providerCode(),
                    date(a.validFrom()),
                    date(a.validTo())
                });
            }
            for (int i = 0; i < p.dossiers().size(); i++) {
                var d = p.dossiers().get(i);
                var decision = d.decision();
                dossiers.add(new Object[] {
                    p.systemCode(),
                    i + 1,
                    d.proposedLevel(),
                    d.justification(),
                    d.status().name(),
                    d.appraisalOpinion(),
                    d.appraisedBy(),
                    decision == null ? null : decision.number(),
                    decision == null ? null : date(decision.date()),
                    decision == null ? null : decision.approverCode(),
                    now,
                    now
                });
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO systems.system_component (information_system, position, name, description, level)"
                        + " VALUES (?, ?, ?, ?, ?)",
                components);
        jdbc.batchUpdate(
                "INSERT INTO systems.network_asset (information_system, position, ref, kind, value) VALUES (?, ?, ?, ?, ?)",
                assets);
        jdbc.batchUpdate(
                "INSERT INTO systems.security_product (information_system, position, ref, product, vendor, category,"
                        + " origin, justification) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                products);
        jdbc.batchUpdate(
                "INSERT INTO systems.service_arrangement (information_system, position, ref, service, provider_code,"
                        + " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arrangements);
        jdbc.batchUpdate(
                "INSERT INTO systems.level_dossier (system_code, number, proposed_level, justification, status,"
                        + " appraisal_opinion, appraised_by, decision_number, decision_date, decision_approver_code,"
                        + " created_at, changed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                dossiers);
    }

    private Map<String, Long> ids() {
        return jdbc.query("SELECT code, id FROM systems.information_system", rs -> {
            Map<String, Long> map = new HashMap<>();
            while (rs.next()) {
                map.put(rs.getString(1), rs.getLong(2));
            }
            return map;
        });
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
