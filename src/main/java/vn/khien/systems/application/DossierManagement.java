package vn.khien.systems.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.files.AllowedType;
import vn.khien.shared.files.FileStore;
import vn.khien.shared.files.StoredFile;
import vn.khien.systems.DossierStatus;
import vn.khien.systems.domain.Attachment;
import vn.khien.systems.domain.InformationSystem;
import vn.khien.systems.domain.InformationSystemRepository;
import vn.khien.systems.domain.LevelDecision;
import vn.khien.systems.domain.LevelDossier;
import vn.khien.systems.domain.LevelDossierRepository;

/**
 * The level dossier workflow. Who may appraise and approve depends on the proposed level and comes
 * from {@link DossierRules}; the owner's officer (or the coordinator) drafts and submits.
 */
@Service
public class DossierManagement {

    static final List<Role> SUBMITTERS = List.of(Role.COORDINATOR_ADMIN, Role.AGENCY_OFFICER);
    /** Decree 85/2016 dossiers: documents, plans and tables. */
    private static final Set<AllowedType> DOCUMENTS = Set.of(AllowedType.PDF, AllowedType.DOCX, AllowedType.XLSX);

    private final InformationSystemRepository systems;
    private final LevelDossierRepository dossiers;
    private final AccessPolicy access;
    private final DossierRules rules;
    private final AgencyDirectory agencies;
    private final FileStore store;
    private final AttachmentSettings settings;
    private final Clock clock;

    DossierManagement(
            InformationSystemRepository systems,
            LevelDossierRepository dossiers,
            AccessPolicy access,
            DossierRules rules,
            AgencyDirectory agencies,
            FileStore store,
            AttachmentSettings settings,
            Clock clock) {
        this.systems = systems;
        this.dossiers = dossiers;
        this.access = access;
        this.rules = rules;
        this.agencies = agencies;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new classification; older dossiers stay as history, but only one may be open at a time. */
    @Transactional
    public int create(String code, Integer level, String justification) {
        var viewer = access.currentViewer();
        var system = visible(viewer, code);
        viewer.require(SystemAccess.canEdit(viewer, system), "not allowed for this dossier");
        int proposed = level != null ? level : orElse(system.facts().proposedLevel(), 0);
        checkLevel(proposed);
        if (dossiers.hasOpenDossier(code)) {
            throw new ConflictException("systems.dossier.error.open-exists");
        }
        int number = dossiers.lastNumber(code) + 1;
        try {
            dossiers.save(LevelDossier.draft(code, number, proposed, justification, clock.instant()));
        } catch (DuplicateKeyException e) {
            // another user started one at the same moment: the database keeps one open dossier
            throw new ConflictException("systems.dossier.error.open-exists");
        }
        return number;
    }

    @Transactional
    public void revise(String code, int number, Integer level, String justification) {
        var viewer = access.currentViewer();
        var system = visible(viewer, code);
        viewer.require(SystemAccess.canEdit(viewer, system), "not allowed for this dossier");
        checkLevel(orElse(level, 0));
        var dossier = dossier(code, number);
        dossier.revise(level, justification, clock.instant());
        dossiers.save(dossier);
    }

    @Transactional
    public void submit(String code, int number) {
        var viewer = access.currentViewer();
        var system = visible(viewer, code);
        viewer.require(viewer.actsFor(system.facts().ownerCode(), SUBMITTERS), "not allowed for this dossier");
        var dossier = dossier(code, number);
        dossier.submit(clock.instant());
        dossiers.save(dossier);
    }

    /** Only those who may submit the dossier may abandon it, with a reason for the record. */
    @Transactional
    public void withdraw(String code, int number, String reason) {
        var viewer = access.currentViewer();
        var system = visible(viewer, code);
        viewer.require(viewer.actsFor(system.facts().ownerCode(), SUBMITTERS), "not allowed for this dossier");
        required("reason", reason);
        var dossier = dossier(code, number);
        dossier.withdraw(reason.strip(), clock.instant());
        dossiers.save(dossier);
    }

    @Transactional
    public void appraise(String code, int number, String opinion) {
        var viewer = access.currentViewer();
        var system = visible(viewer, code);
        var dossier = dossier(code, number);
        viewer.require(
                viewer.actsFor(
                        system.facts().ownerCode(),
                        rules.forLevel(dossier.proposedLevel()).appraisers()),
                "not allowed for this dossier");
        required("opinion", opinion);
        dossier.appraise(opinion.strip(), currentUser(), clock.instant());
        dossiers.save(dossier);
    }

    /** Approval sets the system's approved level, which publishes {@code SystemLevelApproved}. */
    @Transactional
    public void approve(String code, int number, String decisionNumber, LocalDate date, String approverCode) {
        var viewer = access.currentViewer();
        var system = visible(viewer, code);
        var dossier = dossier(code, number);
        viewer.require(
                viewer.actsFor(
                        system.facts().ownerCode(),
                        rules.forLevel(dossier.proposedLevel()).approvers()),
                "not allowed for this dossier");
        required("decisionNumber", decisionNumber);
        if (date == null) {
            throw new InvalidInputException("decisionDate", "systems.dossier.error.date-required");
        }
        if (approverCode == null || agencies.find(approverCode).isEmpty()) {
            throw new InvalidInputException("approverCode", "systems.system.error.agency-unknown");
        }
        var decision = new LevelDecision(decisionNumber.strip(), date, approverCode);
        dossier.approve(decision, clock.instant());
        system.approveLevel(dossier.proposedLevel(), decision);
        dossiers.save(dossier);
        systems.save(system);
    }

    @Transactional
    public void returnWith(String code, int number, String reasons) {
        var viewer = access.currentViewer();
        var system = visible(viewer, code);
        var dossier = dossier(code, number);
        var rule = rules.forLevel(dossier.proposedLevel());
        var deciders = dossier.status() == DossierStatus.APPRAISED ? rule.approvers() : rule.appraisers();
        viewer.require(viewer.actsFor(system.facts().ownerCode(), deciders), "not allowed for this dossier");
        required("reasons", reasons);
        dossier.returnWith(reasons.strip(), clock.instant());
        dossiers.save(dossier);
    }

    /**
     * The shared file store checks size and type by content (PDF, DOCX, XLSX) before anything is kept;
     * a refused file changes nothing. Access and the dossier's state are checked before reading it.
     */
    @Transactional
    public UUID attach(String code, int number, String fileName, InputStream content) {
        var viewer = access.currentViewer();
        var system = visible(viewer, code);
        viewer.require(SystemAccess.canEdit(viewer, system), "not allowed for this dossier");
        var dossier = dossier(code, number);
        if (!dossier.status().open()) {
            throw new ConflictException("systems.dossier.error.transition");
        }
        StoredFile stored =
                store.store(content, fileName, DOCUMENTS, settings.maxSize().toBytes());
        var attachment = new Attachment(
                UUID.randomUUID(),
                stored.filename(),
                stored.mediaType(),
                stored.sizeBytes(),
                stored.sha256(),
                currentUser(),
                clock.instant());
        dossier.attach(attachment);
        dossiers.save(dossier);
        return attachment.ref();
    }

    /** Access is checked on every download: there is no public link to a document. */
    @Transactional(readOnly = true)
    public Download download(String code, int number, UUID id) {
        visible(access.currentViewer(), code);
        var attachment = dossier(code, number).attachments().stream()
                .filter(a -> a.ref().equals(id))
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("attachment", String.valueOf(id)));
        return new Download(
                attachment.fileName(),
                attachment.contentType(),
                attachment.sizeBytes(),
                () -> store.open(attachment.sha256()));
    }

    private InformationSystem visible(Viewer viewer, String code) {
        return SystemAccess.visible(viewer, systems, code);
    }

    private LevelDossier dossier(String code, int number) {
        return dossiers.findBySystemCodeAndNumber(code, number)
                .orElseThrow(() -> new ObjectNotFoundException("level-dossier", code + "/" + number));
    }

    private static void checkLevel(int level) {
        if (level < 1 || level > 5) {
            throw new InvalidInputException("proposedLevel", "systems.system.error.range", 1, 5);
        }
    }

    private static void required(String field, String text) {
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new InvalidInputException(field, "systems.dossier.error.text-required");
        }
    }

    private static int orElse(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
