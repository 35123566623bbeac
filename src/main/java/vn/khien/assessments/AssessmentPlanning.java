package vn.khien.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agency's yearly assessment plan (Decree 85/2016 Art. 20): drawn up by the agency, approved by the
 * coordinator, which plans one assessment per item.
 */
public interface AssessmentPlanning {

    UUID create(String agencyCode, Integer year);

    /** Only the agency's own systems; the assessor is any registered organisation. */
    void addItem(
            UUID planId,
            String systemCode,
            AssessmentKind kind,
            String assessorCode,
            LocalDate plannedStart,
            LocalDate plannedEnd);

    void submit(UUID planId);

    /** Returns the assessments planned from the plan's items. */
    List<UUID> approve(UUID planId);
}
