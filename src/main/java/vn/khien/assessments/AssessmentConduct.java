package vn.khien.assessments;

import java.time.LocalDate;
import java.util.UUID;

/** The assessor's work on a planned assessment, from start to the completed report. */
public interface AssessmentConduct {

    void start(UUID id);

    void draftReport(UUID id);

    /** The assessed agency's (or the coordinator's) comment on the draft report. */
    void comment(UUID id, String text);

    /** {@code fromAnyState}: completes without a draft report (an assessment recorded after the fact). */
    void complete(UUID id, LocalDate day, boolean fromAnyState);
}
