package vn.khien.registers.application;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.registers.RegisterChanged;
import vn.khien.shared.InvalidInputException;

/** Telecom operators' child-online-protection technical measures (Directive 14/CT-TTg, telecom duties). */
@Service
public class TelecomMeasures {

    static final String TYPE = "telecom-measure";

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final RegisterAccess access;
    private final ApplicationEventPublisher events;

    TelecomMeasures(
            JdbcClient jdbc, AgencyDirectory agencies, RegisterAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.access = access;
        this.events = events;
    }

    public record Measure(long id, String agencyCode, String measure, String scope, LocalDate since, String evidence) {}

    @Transactional
    public long record(String agencyCode, String measure, String scope, LocalDate since, String evidence) {
        var viewer = access.viewer();
        String agency = Problems.clean(agencyCode);
        boolean telecom = agency != null
                && agencies.find(agency)
                        .filter(a -> a.kind() == AgencyKind.TELECOM_OPERATOR)
                        .isPresent();
        if (!telecom || !viewer.canSee(agency)) {
            throw new InvalidInputException("agencyCode", "registers.telecom.not-operator");
        }
        viewer.requireEditable(TYPE, agency, agency);
        new Problems()
                .require("measure", measure)
                .maxLength("measure", measure, 300)
                .maxLength("scope", scope, 500)
                .require("since", since)
                .maxLength("evidence", evidence, 500)
                .throwIfAny();
        long id = jdbc.sql("""
                        INSERT INTO registers.telecom_measure (agency_code, measure, scope, since, evidence)
                        VALUES (:agency, :measure, :scope, :since, :evidence) RETURNING id""")
                .param("agency", agency)
                .param("measure", measure.strip())
                .param("scope", Problems.clean(scope))
                .param("since", since)
                .param("evidence", Problems.clean(evidence))
                .query(Long.class)
                .single();
        events.publishEvent(new RegisterChanged(TYPE, id, agency, "recorded", measure.strip()));
        return id;
    }

    public List<Measure> of(String agencyCode) {
        if (!access.viewer().canSee(agencyCode)) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM registers.telecom_measure WHERE agency_code = :agency ORDER BY since, id")
                .param("agency", agencyCode)
                .query((rs, n) -> new Measure(
                        rs.getLong("id"),
                        rs.getString("agency_code"),
                        rs.getString("measure"),
                        rs.getString("scope"),
                        rs.getObject("since", LocalDate.class),
                        rs.getString("evidence")))
                .list();
    }
}
