package vn.khien.systems.domain;

import java.time.LocalDate;
import vn.khien.systems.MonitoringMethod;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

/** The editable facts of a system, validated by the application before they reach the aggregate. */
public record SystemFacts(
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
        MonitoringMethod monitoringMethod) {

    String summary() {
        return "name=" + name + ", owner=" + ownerCode + ", operator=" + operatorCode + ", type=" + type
                + ", eGovernment=" + eGovernment + ", publicServiceLevel=" + publicServiceLevel
                + ", personalDataSubjects=" + personalDataSubjects + ", proposedLevel=" + proposedLevel
                + ", status=" + status + ", monitoring=" + monitoringConnected + "/" + monitoringMethod + "/"
                + monitoringSince;
    }
}
