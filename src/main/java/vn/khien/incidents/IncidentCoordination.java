package vn.khien.incidents;

import java.time.LocalDate;
import java.util.UUID;

/** The response team's coordination of an incident: responders, parties, tasks, indicators, notices. */
public interface IncidentCoordination {

    void assign(String reference, String username);

    /** An organisation asked to help, cleared up to {@code clearedTlp}; returns the party's id. */
    UUID addParty(String reference, PartyKind kind, String organisationCode, String name, Tlp clearedTlp, String asked);

    UUID addTask(String reference, String title, String owner, PartyKind partyKind, LocalDate dueOn);

    void addIndicator(String reference, IndicatorKind kind, String value);

    /** The notice or report a clock rule asks for was sent now. */
    void recordSent(String reference, String clockRuleId);
}
