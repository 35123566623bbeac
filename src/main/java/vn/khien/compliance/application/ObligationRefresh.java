package vn.khien.compliance.application;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.agencies.AgencyRegistered;
import vn.khien.agencies.AgencyStatusChanged;
import vn.khien.agencies.AgencyUpdated;
import vn.khien.agencies.FocalPointAppointed;
import vn.khien.agencies.FocalPointConfirmed;
import vn.khien.assessments.AssessmentCompleted;
import vn.khien.incidents.IncidentSummaryGenerated;
import vn.khien.registers.AttestationAccepted;
import vn.khien.registers.CredentialStatusChanged;
import vn.khien.registers.ItPlanChanged;
import vn.khien.registers.RegisterChanged;
import vn.khien.registers.StaffLeft;
import vn.khien.shared.InPublisherTransaction;
import vn.khien.systems.LevelDossierChanged;
import vn.khien.systems.SecurityProductChanged;
import vn.khien.systems.ServiceArrangementChanged;
import vn.khien.systems.SystemDirectory;
import vn.khien.systems.SystemLevelApproved;
import vn.khien.systems.SystemRegistered;
import vn.khien.systems.SystemRetired;
import vn.khien.systems.SystemUpdated;
import vn.khien.systems.SystemsImported;

/**
 * Incremental evaluation: the agencies and systems a transaction changed are collected while it runs
 * and re-evaluated once, right after it commits (an import of 2,000 systems is one re-evaluation, not
 * 2,000). Whatever a crash between commit and refresh loses, the start and the nightly run restore.
 */
@InPublisherTransaction("it collects what the publisher's transaction changed and re-evaluates once after that"
        + " transaction commits; an after-commit listener per event would re-evaluate an import once per row")
@Component
class ObligationRefresh {

    private static final String EVERYTHING = "*";

    private final ObligationRecompute recompute;
    private final SystemDirectory systems;
    private final TransactionTemplate newTransaction;

    ObligationRefresh(ObligationRecompute recompute, SystemDirectory systems, PlatformTransactionManager transactions) {
        this.recompute = recompute;
        this.systems = systems;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AgencyRegistered event) {
        changed(event.code());
    }

    @EventListener
    void on(AgencyUpdated event) {
        changed(event.code());
    }

    @EventListener
    void on(AgencyStatusChanged event) {
        changed(event.objectId());
    }

    @EventListener
    void on(FocalPointAppointed event) {
        changed(event.objectId());
    }

    @EventListener
    void on(FocalPointConfirmed event) {
        changed(event.agencyCode());
    }

    @EventListener
    void on(SystemRegistered event) {
        changed(event.code(), event.ownerCode());
    }

    @EventListener
    void on(SystemRetired event) {
        changed(event.code(), event.ownerCode());
    }

    @EventListener
    void on(SystemUpdated event) {
        system(event.code());
    }

    @EventListener
    void on(SystemLevelApproved event) {
        changed(event.code(), event.ownerCode());
    }

    @EventListener
    void on(ServiceArrangementChanged event) {
        system(event.objectId());
    }

    @EventListener
    void on(LevelDossierChanged event) {
        system(event.systemCode());
    }

    @EventListener
    void on(SecurityProductChanged event) {
        system(event.objectId());
    }

    @EventListener
    void on(AssessmentCompleted event) {
        event.systemCodes().forEach(this::system);
    }

    @EventListener
    void on(ItPlanChanged event) {
        changed(event.agencyCode());
    }

    @EventListener
    void on(CredentialStatusChanged event) {
        changed(event.agencyCode());
    }

    @EventListener
    void on(StaffLeft event) {
        changed(event.agencyCode());
    }

    @EventListener
    void on(AttestationAccepted event) {
        changed(event.agencyCode());
    }

    @EventListener
    void on(RegisterChanged event) {
        changed(event.agencyCode());
    }

    @EventListener
    void on(SystemsImported event) {
        changed(EVERYTHING);
    }

    /** A Form 05 summary generated (Circular 20 Art. 6.1.c) meets the agency's periodic report. */
    @EventListener
    void on(IncidentSummaryGenerated event) {
        changed(event.agencyCode());
    }

    private void system(String code) {
        changed(code, systems.find(code).map(s -> s.ownerCode()).orElse(code));
    }

    private void changed(String... codes) {
        Set<String> changed = new LinkedHashSet<>();
        for (String code : codes) {
            if (code != null) {
                changed.add(code);
            }
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().addAll(changed);
        } else {
            refresh(changed);
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> pending() {
        Object existing = TransactionSynchronizationManager.getResource(this);
        if (existing != null) {
            return (Set<String>) existing;
        }
        Set<String> codes = new LinkedHashSet<>();
        TransactionSynchronizationManager.bindResource(this, codes);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ObligationRefresh.this);
                if (status == STATUS_COMMITTED) {
                    refresh(codes);
                }
            }
        });
        return codes;
    }

    /** In a transaction of its own: after completion the finished one's resources are still bound. */
    private void refresh(Set<String> codes) {
        newTransaction.executeWithoutResult(status -> {
            if (codes.contains(EVERYTHING)) {
                recompute.all();
            } else {
                recompute.subjects(codes);
            }
        });
    }
}
