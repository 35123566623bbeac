package vn.khien.systems;

import java.time.LocalDate;
import java.util.List;

/**
 * What a form, the API or an import says about a system. {@code approvedLevel} with its {@code
 * decision} registers a level approved before the platform existed; it is ignored on update.
 */
public record SystemDetails(
        String code,
        String name,
        String ownerCode,
        String operatorCode,
        SystemType type,
        boolean eGovernment,
        Integer publicServiceLevel,
        Integer personalDataSubjects,
        Integer proposedLevel,
        SystemStatus status,
        boolean monitoringConnected,
        LocalDate monitoringSince,
        MonitoringMethod monitoringMethod,
        List<ComponentLine> components,
        Integer approvedLevel,
        DecisionLine decision) {

    public SystemDetails {
        components = components == null ? List.of() : List.copyOf(components);
        status = status == null ? SystemStatus.IN_OPERATION : status;
    }

    /** A component of the system with its own level. */
    public record ComponentLine(String name, String description, Integer level) {}

    /** A level decision: number, date and the approving authority's agency code. */
    public record DecisionLine(String number, LocalDate date, String approverCode) {}
}
