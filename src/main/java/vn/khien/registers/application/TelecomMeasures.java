package vn.khien.registers.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.identity.AccessPolicy;
import vn.khien.registers.RegisterChanged;
import vn.khien.registers.TelecomMeasureData;
import vn.khien.registers.TelecomMeasureRegister;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/** Telecom operators' child-online-protection technical measures (Directive 14/CT-TTg, telecom duties). */
@Service
public class TelecomMeasures implements TelecomMeasureRegister {

    static final String TYPE = "telecom-measure";

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final AccessPolicy access;
    private final RegisterEvidence files;
    private final ApplicationEventPublisher events;

    TelecomMeasures(
            JdbcClient jdbc,
            AgencyDirectory agencies,
            AccessPolicy access,
            RegisterEvidence files,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.access = access;
        this.files = files;
        this.events = events;
    }

    @Override
    @Transactional
    public long record(TelecomMeasureData data) {
        return record(data, null);
    }

    /** Records a measure, with an evidence file in the same transaction: a refused file records nothing. */
    @Transactional
    public long record(TelecomMeasureData data, EvidenceUpload upload) {
        var viewer = access.currentViewer();
        String agency = Problems.clean(data.agencyCode());
        boolean telecom = agency != null
                && agencies.find(agency)
                        .filter(a -> a.kind() == AgencyKind.TELECOM_OPERATOR)
                        .isPresent();
        if (!telecom || !RegisterAccess.ENTRIES.allows(viewer, agency)) {
            throw new InvalidInputException("agencyCode", "registers.telecom.not-operator");
        }
        RegisterAccess.requireEditable(viewer, TYPE, agency, agency);
        check(data);
        long id = jdbc.sql("""
                        INSERT INTO registers.telecom_measure (agency_code, measure, scope, since, evidence)
                        VALUES (:agency, :measure, :scope, :since, :evidence) RETURNING id""")
                .param("agency", agency)
                .param("measure", data.measure().strip())
                .param("scope", Problems.clean(data.scope()))
                .param("since", data.since())
                .param("evidence", Problems.clean(data.evidence()))
                .query(Long.class)
                .single();
        events.publishEvent(
                new RegisterChanged(TYPE, id, agency, "recorded", data.measure().strip()));
        attach(id, upload);
        return id;
    }

    /** Revises a measure of its own operator (the operator itself does not change). */
    @Transactional
    public void revise(long id, TelecomMeasureData data, EvidenceUpload upload) {
        String agency = agencyOf(id);
        RegisterAccess.requireEditable(access.currentViewer(), TYPE, id, agency);
        check(data);
        jdbc.sql("""
                        UPDATE registers.telecom_measure
                           SET measure = :measure, scope = :scope, since = :since, evidence = :evidence,
                               version = version + 1
                         WHERE id = :id""")
                .param("id", id)
                .param("measure", data.measure().strip())
                .param("scope", Problems.clean(data.scope()))
                .param("since", data.since())
                .param("evidence", Problems.clean(data.evidence()))
                .update();
        events.publishEvent(
                new RegisterChanged(TYPE, id, agency, "revised", data.measure().strip()));
        attach(id, upload);
    }

    private String agencyOf(long id) {
        return jdbc.sql("SELECT agency_code FROM registers.telecom_measure WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException(TYPE, String.valueOf(id)));
    }

    private void attach(long id, EvidenceUpload upload) {
        if (upload != null) {
            files.attachToMeasure(id, upload);
        }
    }

    private static void check(TelecomMeasureData data) {
        new Problems()
                .require("measure", data.measure())
                .maxLength("measure", data.measure(), 300)
                .maxLength("scope", data.scope(), 500)
                .require("since", data.since())
                .maxLength("evidence", data.evidence(), 500)
                .throwIfAny();
    }
}
