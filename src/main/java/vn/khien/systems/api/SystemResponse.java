package vn.khien.systems.api;

import java.time.Instant;
import java.util.List;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;
import vn.khien.systems.application.LevelAdvice;
import vn.khien.systems.application.SystemView;

/** One system as the API shows it; field names follow the request of DESIGN.md §8. */
record SystemResponse(
        String code,
        String name,
        String ownerCode,
        String ownerName,
        String operatorCode,
        SystemType type,
        boolean eGovernment,
        Integer publicServiceLevel,
        Integer personalDataSubjects,
        Integer proposedLevel,
        Integer approvedLevel,
        SystemDetails.DecisionLine levelDecision,
        SystemStatus status,
        SystemDetails.Monitoring monitoring,
        List<SystemDetails.ComponentLine> components,
        Integer componentLevel,
        boolean componentAboveApprovedLevel,
        LevelAdvice levelAdvice,
        Instant registeredAt) {

    static SystemResponse of(SystemView v) {
        return new SystemResponse(
                v.code(),
                v.name(),
                v.ownerCode(),
                v.ownerName(),
                v.operatorCode(),
                v.type(),
                v.eGovernment(),
                v.publicServiceLevel(),
                v.personalDataSubjects(),
                v.proposedLevel(),
                v.approvedLevel(),
                v.decision(),
                v.status(),
                new SystemDetails.Monitoring(v.monitoringConnected(), v.monitoringSince(), v.monitoringMethod()),
                v.components(),
                v.componentLevel(),
                v.componentAboveApproved(),
                v.advice(),
                v.registeredAt());
    }
}
