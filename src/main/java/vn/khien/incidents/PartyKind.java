package vn.khien.incidents;

/** Who else takes part in a response besides the owner and the response team. */
public enum PartyKind {
    POLICE,
    MILITARY_COMMAND,
    TELECOM_OPERATOR,
    NATIONAL_COORDINATOR,
    PROVIDER
}
