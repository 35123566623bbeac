package vn.khien.incidents;

/**
 * Reports an incident and takes it through the response (Decision 05/2017, Circular 20/2017), with
 * the caller's access checked and every step audited, as the incident pages and the API do.
 */
public interface IncidentResponse {

    /** A new report; returns its reference. The reporter must own or serve the system (or be the team). */
    String report(IncidentData data);

    void classify(String reference, ClassificationData data);

    /** One step of the response; {@code reason} is required to reject or reopen. */
    void move(String reference, Transition transition, String reason);

    void close(String reference, String rootCause, String lessonsLearned, String finalReport);

    /** The steps of the response a team member takes with one button. */
    enum Transition {
        VERIFY,
        CONTAIN,
        ERADICATE,
        RECOVER,
        REJECT,
        REOPEN
    }
}
