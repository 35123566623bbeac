package vn.khien.incidents;

/** Where an incident stands in the response process of Circular 20/2017. */
public enum IncidentStatus {
    RECEIVED,
    VERIFIED,
    CONTAINED,
    ERADICATED,
    RECOVERED,
    CLOSED,
    REJECTED;

    public boolean open() {
        return this != CLOSED && this != REJECTED;
    }

    /**
     * The response steps possible from here (the one table the incident and its page both follow):
     * verify or reject what was received, contain or reject what was verified, eradicate or recover what
     * was contained, recover what was eradicated; reopen only what was closed or rejected. Closing a
     * recovered incident is its own form.
     */
    public boolean allows(IncidentResponse.Transition step) {
        return switch (step) {
            case VERIFY -> this == RECEIVED;
            case CONTAIN -> this == VERIFIED;
            case ERADICATE -> this == CONTAINED;
            case RECOVER -> this == CONTAINED || this == ERADICATED;
            case REJECT -> this == RECEIVED || this == VERIFIED;
            case REOPEN -> !open();
        };
    }
}
