package vn.khien.systems.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khien.systems.MonitoringMethod;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;
import vn.khien.systems.application.SystemView;

/**
 * The register/edit form. Components are typed one per line as {@code level | name | description},
 * which keeps the form usable without scripts; a line that does not read is reported by its number.
 */
record SystemForm(
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
        Boolean monitoringConnected,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monitoringSince,
        MonitoringMethod monitoringMethod,
        String components) {

    static SystemForm empty() {
        return new SystemForm(
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                SystemStatus.IN_OPERATION,
                false,
                null,
                null,
                null);
    }

    static SystemForm of(SystemView v) {
        return new SystemForm(
                v.code(),
                v.name(),
                v.ownerCode(),
                v.operatorCode(),
                v.type(),
                v.eGovernment(),
                v.publicServiceLevel(),
                v.personalDataSubjects(),
                v.proposedLevel(),
                v.status(),
                v.monitoringConnected(),
                v.monitoringSince(),
                v.monitoringMethod(),
                v.components().stream()
                        .map(c ->
                                c.level() + " | " + c.name() + (c.description() == null ? "" : " | " + c.description()))
                        .collect(Collectors.joining("\n")));
    }

    SystemDetails toDetails(String pathCode) {
        return new SystemDetails(
                pathCode != null ? pathCode : code == null ? null : code.strip(),
                name,
                ownerCode,
                operatorCode,
                type,
                Boolean.TRUE.equals(eGovernment),
                publicServiceLevel,
                personalDataSubjects,
                proposedLevel,
                status,
                Boolean.TRUE.equals(monitoringConnected),
                monitoringSince,
                monitoringMethod,
                componentLines(),
                null,
                null);
    }

    private List<SystemDetails.ComponentLine> componentLines() {
        List<SystemDetails.ComponentLine> lines = new ArrayList<>();
        if (components == null) {
            return lines;
        }
        for (String line : components.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            Integer level = parts[0].strip().matches("\\d") ? Integer.valueOf(parts[0].strip()) : null;
            String componentName = parts.length > 1 ? parts[1].strip() : null;
            String description = parts.length > 2 ? parts[2].strip() : null;
            lines.add(new SystemDetails.ComponentLine(componentName, description, level));
        }
        return lines;
    }
}
