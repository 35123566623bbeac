package vn.khien.systems.api;

import java.time.LocalDate;
import java.util.List;
import vn.khien.systems.MonitoringMethod;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

/**
 * {@code POST /api/v1/systems} and {@code PUT /api/v1/systems/{code}} (DESIGN.md §8). The application
 * checks every field, so that the API, the forms and imports answer the same messages; {@code code},
 * {@code approvedLevel} and {@code levelDecision} count only on creation.
 */
record SystemRequest(
        String code,
        String name,
        String ownerCode,
        String operatorCode,
        SystemType type,
        Boolean eGovernment,
        Integer publicServiceLevel,
        Integer personalDataSubjects,
        Integer proposedLevel,
        SystemStatus status,
        Integer approvedLevel,
        LevelDecisionBody levelDecision,
        List<ComponentBody> components,
        MonitoringBody monitoring) {

    record LevelDecisionBody(String number, LocalDate date, String approverCode) {}

    record ComponentBody(String name, String description, Integer level) {}

    record MonitoringBody(Boolean connected, LocalDate since, MonitoringMethod method) {}

    SystemDetails toDetails(String pathCode) {
        boolean connected = monitoring != null && Boolean.TRUE.equals(monitoring.connected());
        return new SystemDetails(
                pathCode != null ? pathCode : code,
                name,
                ownerCode,
                operatorCode,
                type,
                Boolean.TRUE.equals(eGovernment),
                publicServiceLevel,
                personalDataSubjects,
                proposedLevel,
                status,
                connected,
                monitoring == null ? null : monitoring.since(),
                monitoring == null ? null : monitoring.method(),
                components == null
                        ? List.of()
                        : components.stream()
                                .map(c -> new SystemDetails.ComponentLine(c.name(), c.description(), c.level()))
                                .toList(),
                approvedLevel,
                levelDecision == null
                        ? null
                        : new SystemDetails.DecisionLine(
                                levelDecision.number(), levelDecision.date(), levelDecision.approverCode()));
    }
}
