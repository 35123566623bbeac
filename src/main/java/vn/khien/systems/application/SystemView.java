package vn.khien.systems.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.khien.systems.AssetKind;
import vn.khien.systems.MonitoringMethod;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.ServiceKind;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

/** Everything the detail page and the API show about one system, with what this user may do. */
public record SystemView(
        String code,
        String name,
        String ownerCode,
        String ownerName,
        String operatorCode,
        String operatorName,
        SystemType type,
        boolean eGovernment,
        Integer publicServiceLevel,
        Integer personalDataSubjects,
        Integer proposedLevel,
        Integer approvedLevel,
        SystemDetails.DecisionLine decision,
        String decisionApproverName,
        SystemStatus status,
        boolean monitoringConnected,
        LocalDate monitoringSince,
        MonitoringMethod monitoringMethod,
        Instant registeredAt,
        List<SystemDetails.ComponentLine> components,
        Integer componentLevel,
        LevelAdvice advice,
        List<AssetRow> assets,
        List<ProductRow> products,
        List<ArrangementRow> arrangements,
        boolean editable) {

    /** Decree 85/2016 Art. 6: a component above the approved level means the level is out of date. */
    public boolean componentAboveApproved() {
        return approvedLevel != null && componentLevel != null && componentLevel > approvedLevel;
    }

    /** {@code shared}: overlaps another agency's asset by the coordinator's decision. */
    public record AssetRow(UUID id, AssetKind kind, String value, boolean shared) {}

    public record ProductRow(
            UUID id, String product, String vendor, String category, ProductOrigin origin, String justification) {}

    public record ArrangementRow(
            UUID id,
            String systemCode,
            String systemName,
            ServiceKind service,
            String providerCode,
            String providerName,
            LocalDate from,
            LocalDate to) {}
}
