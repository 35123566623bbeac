package vn.khien.reports.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.PersistenceCreator;

/** Who did each step of a report version, and when (the submission also on which day, in the province). */
public final class Steps {

    private final String createdBy;
    private final Instant createdAt;
    private String editedBy;
    private Instant editedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String submittedBy;
    private Instant submittedAt;
    private LocalDate submittedOn;
    private String returnedBy;
    private Instant returnedAt;

    @PersistenceCreator
    Steps(
            String createdBy,
            Instant createdAt,
            String editedBy,
            Instant editedAt,
            String approvedBy,
            Instant approvedAt,
            String submittedBy,
            Instant submittedAt,
            LocalDate submittedOn,
            String returnedBy,
            Instant returnedAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.submittedOn = submittedOn;
        this.returnedBy = returnedBy;
        this.returnedAt = returnedAt;
    }

    static Steps created(String by, Instant at) {
        return new Steps(by, at, null, null, null, null, null, null, null, null, null);
    }

    void edited(String by, Instant at) {
        editedBy = by;
        editedAt = at;
    }

    void approved(String by, Instant at) {
        approvedBy = by;
        approvedAt = at;
    }

    void submitted(String by, Instant at, LocalDate day) {
        submittedBy = by;
        submittedAt = at;
        submittedOn = day;
    }

    void returned(String by, Instant at) {
        returnedBy = by;
        returnedAt = at;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String editedBy() {
        return editedBy;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public String returnedBy() {
        return returnedBy;
    }

    public Instant returnedAt() {
        return returnedAt;
    }
}
