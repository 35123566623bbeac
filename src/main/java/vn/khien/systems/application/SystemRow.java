package vn.khien.systems.application;

import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

/** One line of a system list. */
public record SystemRow(
        String code,
        String name,
        String ownerCode,
        String ownerName,
        String operatorCode,
        SystemType type,
        boolean eGovernment,
        Integer proposedLevel,
        Integer approvedLevel,
        SystemStatus status) {}
