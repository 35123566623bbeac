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
}
