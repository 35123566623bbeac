package vn.khien.systems;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * What the register/edit page, {@code POST /api/v1/systems} and {@code PUT /api/v1/systems/{code}} or
 * an import say about a system. {@code approvedLevel} with its {@code decision} registers a level
 * approved before the platform existed; it is ignored on update, as is {@code code}. The page binds the
 * components as typed lines (its binder reads them); the API's body nests the monitoring and names the
 * decision {@code levelDecision} (docs/api.md), read by {@link #fromJson}. {@link SystemValidation}
 * checks every field, so that the page, the API and imports answer the same messages; hence no
 * constraint annotations here.
 */
public record SystemDetails(
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
        LocalDate monitoringSince,
        MonitoringMethod monitoringMethod,
        List<ComponentLine> components,
        Integer approvedLevel,
        DecisionLine decision) {

    /** An unticked box and an absent JSON property both mean "no". */
    public SystemDetails {
        eGovernment = Boolean.TRUE.equals(eGovernment);
        monitoringConnected = Boolean.TRUE.equals(monitoringConnected);
        components = components == null ? List.of() : List.copyOf(components);
        status = status == null ? SystemStatus.IN_OPERATION : status;
    }

    /** The API's body: the same fields, the monitoring nested and the decision named levelDecision. */
    @JsonCreator
    static SystemDetails fromJson(
            @JsonProperty("code") String code,
            @JsonProperty("name") String name,
            @JsonProperty("ownerCode") String ownerCode,
            @JsonProperty("operatorCode") String operatorCode,
            @JsonProperty("type") SystemType type,
            @JsonProperty("eGovernment") Boolean eGovernment,
            @JsonProperty("publicServiceLevel") Integer publicServiceLevel,
            @JsonProperty("personalDataSubjects") Integer personalDataSubjects,
            @JsonProperty("proposedLevel") Integer proposedLevel,
            @JsonProperty("status") SystemStatus status,
            @JsonProperty("approvedLevel") Integer approvedLevel,
            @JsonProperty("levelDecision") DecisionLine levelDecision,
            @JsonProperty("components") List<ComponentLine> components,
            @JsonProperty("monitoring") Monitoring monitoring) {
        Monitoring m = monitoring == null ? new Monitoring(false, null, null) : monitoring;
        return new SystemDetails(
                code,
                name,
                ownerCode,
                operatorCode,
                type,
                eGovernment,
                publicServiceLevel,
                personalDataSubjects,
                proposedLevel,
                status,
                m.connected(),
                m.since(),
                m.method(),
                components,
                approvedLevel,
                levelDecision);
    }

    /** A component of the system with its own level. */
    public record ComponentLine(String name, String description, Integer level) {}

    /** A level decision: number, date and the approving authority's agency code. */
    public record DecisionLine(String number, LocalDate date, String approverCode) {}

    /** Whether the system is connected to the provincial monitoring, since when and how. */
    public record Monitoring(Boolean connected, LocalDate since, MonitoringMethod method) {}
}
