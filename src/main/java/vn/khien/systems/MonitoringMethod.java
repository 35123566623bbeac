package vn.khien.systems;

/** How a system is connected to the national monitoring centre. */
public enum MonitoringMethod {
    SENSOR,
    AGENT,
    LOG_FORWARDING
}
