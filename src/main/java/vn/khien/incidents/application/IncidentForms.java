package vn.khien.incidents.application;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AccountableHeads;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.incidents.IncidentChanged;
import vn.khien.incidents.IncidentStatus;
import vn.khien.incidents.application.FormBuilders.Organisation;
import vn.khien.incidents.domain.Incident;
import vn.khien.shared.ConflictException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.documents.OfficialDocument;
import vn.khien.shared.documents.OfficialDocuments;
import vn.khien.shared.files.AllowedType;
import vn.khien.shared.files.FileStore;
import vn.khien.systems.SystemDirectory;

/**
 * Generates Forms 03 and 04 of an incident (and keeps every version, both files in the file store),
 * and serves them again to whoever sees the incident's details.
 */
@Service
public class IncidentForms {

    public static final String FORM_03 = "FORM_03";
    public static final String FORM_04 = "FORM_04";

    private final IncidentLoader loader;
    private final OfficialDocuments documents;
    private final FileStore files;
    private final AgencyDirectory agencies;
    private final AccountableHeads heads;
    private final SystemDirectory systems;
    private final IncidentQueries queries;
    private final IncidentSettings settings;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    IncidentForms(
            IncidentLoader loader,
            OfficialDocuments documents,
            FileStore files,
            AgencyDirectory agencies,
            AccountableHeads heads,
            SystemDirectory systems,
            IncidentQueries queries,
            IncidentSettings settings,
            org.springframework.context.ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.loader = loader;
        this.documents = documents;
        this.files = files;
        this.agencies = agencies;
        this.heads = heads;
        this.systems = systems;
        this.queries = queries;
        this.settings = settings;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Builds the form from the incident as it stands, renders it and keeps the version. */
    @Transactional
    public UUID generate(String reference, String form) {
        var loaded = loader.forContributor(reference);
        Incident incident = loaded.incident();
        if (form.equals(FORM_04) && incident.status() != IncidentStatus.CLOSED) {
            throw new ConflictException("form", "incidents.error.form04-needs-closure");
        }
        LocalDate today = LocalDate.now(clock);
        String systemName =
                systems.find(incident.systemCode()).map(s -> s.name()).orElse(null);
        String typeName = queries.types().stream()
                .filter(t -> t.code().equals(incident.report().typeCode()))
                .map(IncidentType::nameVi)
                .findFirst()
                .orElse(incident.report().typeCode());
        OfficialDocument document = form.equals(FORM_03)
                ? FormBuilders.form03(
                        incident,
                        organisation(incident.agencyCode(), today),
                        systemName,
                        typeName,
                        settings.place(),
                        today)
                : FormBuilders.form04(
                        incident,
                        organisation(incident.agencyCode(), today),
                        systemName,
                        typeName,
                        settings.place(),
                        today);
        UUID ref = keep(
                incident.id(),
                incident.agencyCode(),
                form,
                null,
                document,
                loaded.viewer().actor());
        events.publishEvent(new IncidentChanged("incidents.form.generated", reference, form));
        return ref;
    }

    @Transactional(readOnly = true)
    public List<GeneratedForm> versions(String reference) {
        var loaded = loader.visible(reference);
        if (!loaded.standing().seesDetails()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT ref, form, period, version, generated_by, generated_at FROM incidents.generated_form
                        WHERE incident_id = :id ORDER BY form, version DESC""")
                .param("id", loaded.incident().id())
                .query((rs, n) -> new GeneratedForm(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** The store address of one version's DOCX or PDF, checked against the incident's visibility. */
    @Transactional(readOnly = true)
    public String file(String reference, UUID ref, boolean pdf) {
        var loaded = loader.visible(reference);
        if (!loaded.standing().seesDetails()) {
            throw new ObjectNotFoundException("incident-form", ref.toString());
        }
        return jdbc.sql("SELECT " + (pdf ? "pdf_sha256" : "docx_sha256")
                        + " FROM incidents.generated_form WHERE ref = :ref AND incident_id = :id")
                .param("ref", ref)
                .param("id", loaded.incident().id())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new ObjectNotFoundException("incident-form", ref.toString()));
    }

    UUID keep(Long incidentId, String agencyCode, String form, String period, OfficialDocument document, String actor) {
        var docx = files.store(
                new ByteArrayInputStream(documents.docx(document)),
                form + ".docx",
                Set.of(AllowedType.DOCX),
                files.maxUploadBytes());
        var pdf = files.store(
                new ByteArrayInputStream(documents.pdf(document)),
                form + ".pdf",
                Set.of(AllowedType.PDF),
                files.maxUploadBytes());
        UUID ref = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO incidents.generated_form
                            (ref, incident_id, agency_code, form, period, version, docx_sha256, pdf_sha256, generated_by, generated_at)
                        SELECT :ref, :incident, :agency, :form, :period,
                               coalesce(max(version), 0) + 1, :docx, :pdf, :actor, :at
                        FROM incidents.generated_form
                        WHERE agency_code = :agency AND form = :form
                          AND incident_id IS NOT DISTINCT FROM :incident AND period IS NOT DISTINCT FROM :period""")
                .param("ref", ref)
                .param("incident", incidentId, java.sql.Types.BIGINT)
                .param("agency", agencyCode)
                .param("form", form)
                .param("period", period, java.sql.Types.VARCHAR)
                .param("docx", docx.sha256())
                .param("pdf", pdf.sha256())
                .param("actor", actor)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return ref;
    }

    /** The organisation on the document's date: its head then is the one who signs. */
    Organisation organisation(String agencyCode, LocalDate signedOn) {
        var agency = agencies.find(agencyCode);
        String parent = agency.map(a -> a.parentCode())
                .flatMap(agencies::find)
                .map(a -> a.name())
                .orElse(null);
        String head = heads.on(agencyCode, signedOn).map(h -> h.personName()).orElse(null);
        return new Organisation(parent, agency.map(a -> a.name()).orElse(agencyCode), head);
    }
}
