package vn.khien.registers.application;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.registers.AttestationData;
import vn.khien.registers.AttestationRegister;
import vn.khien.registers.domain.Attestation;
import vn.khien.registers.domain.AttestationRepository;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/** Agencies submit attestations with evidence; the coordinator accepts or rejects them. */
@Service
public class AttestationManagement implements AttestationRegister {

    static final String TYPE = "attestation";

    private final AttestationRepository attestations;
    private final AgencyDirectory agencies;
    private final AccessPolicy access;
    private final RegisterEvidence files;
    private final Clock clock;

    AttestationManagement(
            AttestationRepository attestations,
            AgencyDirectory agencies,
            AccessPolicy access,
            RegisterEvidence files,
            Clock clock) {
        this.attestations = attestations;
        this.agencies = agencies;
        this.access = access;
        this.files = files;
        this.clock = clock;
    }

    /** Submits with an evidence file in one transaction: a refused file submits nothing. */
    @Transactional
    public long submit(AttestationData data, EvidenceUpload upload) {
        long id = submit(data);
        if (upload != null) {
            files.attachToAttestation(id, upload);
        }
        return id;
    }

    @Transactional
    public long submit(AttestationData data) {
        var viewer = access.currentViewer();
        String agency = Problems.clean(data.agencyCode());
        if (agency == null || agencies.find(agency).isEmpty() || !RegisterAccess.ENTRIES.allows(viewer, agency)) {
            throw new InvalidInputException("agencyCode", "registers.agency.unknown");
        }
        RegisterAccess.requireEditable(viewer, TYPE, agency, agency);
        var problems = new Problems()
                .require("kind", data.kind())
                .require("title", data.title())
                .maxLength("title", data.title(), 300)
                .require("attestedOn", data.attestedOn())
                .maxLength("evidence", data.evidence(), 500);
        if (data.attestedOn() != null && data.attestedOn().isAfter(LocalDate.now(clock))) {
            problems.add("attestedOn", "registers.attestation.future");
        }
        problems.throwIfAny();
        var saved = attestations.save(Attestation.submit(
                agency, data.kind(), data.title().strip(), data.attestedOn(), Problems.clean(data.evidence())));
        return attestations.save(saved.announceSubmitted()).id();
    }

    @Transactional
    public void decide(long id, boolean accept, String note) {
        var viewer = access.currentViewer();
        var attestation =
                attestations.findById(id).orElseThrow(() -> new ObjectNotFoundException(TYPE, String.valueOf(id)));
        RegisterAccess.ENTRIES.require(viewer, attestation.agencyCode(), TYPE, id);
        viewer.requireCoordinator();
        new Problems().maxLength("note", note, 2000).throwIfAny();
        attestation.decide(accept, note, LocalDate.now(clock));
        attestations.save(attestation);
    }
}
