package vn.khien.registers.application;

import java.time.LocalDate;
import java.util.List;
import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationStatus;

/** One attestation in a list. */
public record AttestationRow(
        long id,
        String agencyCode,
        AttestationKind kind,
        String title,
        LocalDate attestedOn,
        String evidence,
        AttestationStatus status,
        LocalDate decidedOn,
        String decisionNote,
        List<EvidenceFile> files) {

    AttestationRow withFiles(List<EvidenceFile> evidence) {
        return new AttestationRow(
                id, agencyCode, kind, title, attestedOn, this.evidence, status, decidedOn, decisionNote, evidence);
    }
}
