package vn.khien.systems.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.khien.systems.DossierStatus;
import vn.khien.systems.SystemDetails;

/** A level dossier as shown and returned by the API, with what this user may do with it now. */
public record DossierView(
        String systemCode,
        int number,
        int proposedLevel,
        String justification,
        DossierStatus status,
        String appraisalOpinion,
        String appraisedBy,
        SystemDetails.DecisionLine decision,
        String returnReasons,
        Instant createdAt,
        Instant changedAt,
        List<AttachmentRow> attachments,
        Actions actions) {

    public record AttachmentRow(
            UUID id, String fileName, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {}

    /** The steps open to the signed-in user; {@code authority} describes who approves this level. */
    public record Actions(
            boolean revise,
            boolean submit,
            boolean appraise,
            boolean approve,
            boolean giveBack,
            boolean withdraw,
            boolean attach,
            String authority) {}
}
