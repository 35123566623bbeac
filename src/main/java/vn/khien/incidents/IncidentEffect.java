package vn.khien.incidents;

/**
 * Effects that can make an incident serious (Decision 05/2017 Art. 3): the policy pack names which
 * of them count.
 */
public enum IncidentEffect {
    SERVICE_DISRUPTED,
    DATA_LEAKED,
    DATA_ALTERED,
    CONTROL_LOST
}
