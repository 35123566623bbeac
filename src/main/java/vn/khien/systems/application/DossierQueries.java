package vn.khien.systems.application;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Viewer;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.systems.DossierStatus;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.domain.InformationSystem;
import vn.khien.systems.domain.InformationSystemRepository;
import vn.khien.systems.domain.LevelDossier;
import vn.khien.systems.domain.LevelDossierRepository;
import vn.khien.systems.domain.LevelSuggestion;

/** The dossiers of a system, newest first, with the steps the signed-in user may take. */
@Service
public class DossierQueries {

    private final InformationSystemRepository systems;
    private final LevelDossierRepository dossiers;
    private final AccessPolicy access;
    private final DossierRules rules;

    DossierQueries(
            InformationSystemRepository systems,
            LevelDossierRepository dossiers,
            AccessPolicy access,
            DossierRules rules) {
        this.systems = systems;
        this.dossiers = dossiers;
        this.access = access;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public List<DossierView> list(String code) {
        var viewer = access.currentViewer();
        var system = visible(viewer, code);
        return dossiers.findBySystemCodeOrderByNumberDesc(code).stream()
                .map(d -> view(viewer, system, d))
                .toList();
    }

    @Transactional(readOnly = true)
    public DossierView one(String code, int number) {
        var viewer = access.currentViewer();
        var system = visible(viewer, code);
        return dossiers.findBySystemCodeAndNumber(code, number)
                .map(d -> view(viewer, system, d))
                .orElseThrow(() -> new ObjectNotFoundException("level-dossier", code + "/" + number));
    }

    /** The level advice for a dossier: the system's facts against the level the dossier proposes. */
    @Transactional(readOnly = true)
    public LevelAdvice advice(String code, int proposedLevel) {
        var facts = visible(access.currentViewer(), code).facts();
        return SystemQueries.advice(LevelSuggestion.of(
                facts.type(),
                facts.eGovernment(),
                facts.publicServiceLevel(),
                facts.personalDataSubjects(),
                proposedLevel));
    }

    private DossierView view(Viewer viewer, InformationSystem system, LevelDossier d) {
        var decision = d.decision();
        return new DossierView(
                d.systemCode(),
                d.number(),
                d.proposedLevel(),
                d.justification(),
                d.status(),
                d.appraisalOpinion(),
                d.appraisedBy(),
                decision == null
                        ? null
                        : new SystemDetails.DecisionLine(decision.number(), decision.date(), decision.approverCode()),
                d.returnReasons(),
                d.createdAt(),
                d.changedAt(),
                d.attachments().stream()
                        .map(a -> new DossierView.AttachmentRow(
                                a.ref(), a.fileName(), a.contentType(), a.sizeBytes(), a.uploadedBy(), a.uploadedAt()))
                        .toList(),
                actions(viewer, system, d));
    }

    private DossierView.Actions actions(Viewer viewer, InformationSystem system, LevelDossier d) {
        var rule = rules.forLevel(d.proposedLevel());
        String owner = system.facts().ownerCode();
        DossierStatus status = d.status();
        boolean editable = SystemAccess.canEdit(viewer, system);
        boolean correctable = status == DossierStatus.DRAFT || status == DossierStatus.RETURNED;
        boolean appraiser = viewer.actsFor(owner, rule.appraisers());
        boolean approver = viewer.actsFor(owner, rule.approvers());
        return new DossierView.Actions(
                editable && correctable,
                correctable && viewer.actsFor(owner, DossierManagement.SUBMITTERS),
                status == DossierStatus.SUBMITTED && appraiser,
                status == DossierStatus.APPRAISED && approver,
                (status == DossierStatus.SUBMITTED && appraiser) || (status == DossierStatus.APPRAISED && approver),
                correctable && viewer.actsFor(owner, DossierManagement.SUBMITTERS),
                editable && status.open(),
                rule.authority());
    }

    private InformationSystem visible(Viewer viewer, String code) {
        return SystemAccess.visible(viewer, systems, code);
    }
}
