package vn.khien.incidents;

/**
 * Effects that can make an incident serious: the policy pack names which of them count. Decision 05/2017
 * Art. 9.1 names a) service disrupted, b) top-secret or state-secret data possibly disclosed, c) important
 * data altered and not recoverable, d) control lost, đ) likely to spread or chain on to other level 4–5
 * systems; an ordinary data leak or recoverable alteration is not among them.
 */
public enum IncidentEffect {
    SERVICE_DISRUPTED,
    DATA_LEAKED,
    DATA_ALTERED,
    CONTROL_LOST,
    /** Art. 9.1.b: top-secret or state-secret data may be disclosed. */
    STATE_SECRET_LEAKED,
    /** Art. 9.1.c: the system's important data lost integrity and cannot be recovered. */
    DATA_ALTERED_UNRECOVERABLE,
    /** Art. 9.1.đ: likely to spread widely or chain on, harming other level 4 or 5 systems. */
    SPREADS_TO_LEVEL_4_5
}
