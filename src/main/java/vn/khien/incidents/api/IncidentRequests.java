package vn.khien.incidents.api;

import java.time.LocalDate;
import java.util.Set;
import vn.khien.incidents.Impact;
import vn.khien.incidents.IncidentEffect;
import vn.khien.incidents.IncidentResponse.Transition;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.IndicatorKind;
import vn.khien.incidents.Pap;
import vn.khien.incidents.PartyKind;
import vn.khien.incidents.Tlp;

/** Bodies of the incident handling endpoints. */
final class IncidentRequests {

    private IncidentRequests() {}

    record TransitionRequest(Transition action, String reason) {}

    record CloseRequest(String rootCause, String lessonsLearned, String finalReport) {}

    record ClassificationRequest(
            String type,
            IncidentSeverity severity,
            Impact impact,
            Tlp tlp,
            Pap pap,
            Set<IncidentEffect> effects,
            Boolean ownerCannotCope,
            Boolean nationalCritical) {}

    record TaskRequest(String title, String owner, PartyKind partyKind, LocalDate dueOn) {}

    record PartyRequest(PartyKind kind, String organisationCode, String name, Tlp clearedTlp, String asked) {}

    record AnswerRequest(String answer) {}

    record IndicatorRequest(IndicatorKind kind, String value) {}

    record CommentRequest(String text) {}

    record PersonRequest(String username) {}
}
