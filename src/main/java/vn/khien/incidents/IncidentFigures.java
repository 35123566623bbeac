package vn.khien.incidents;

import java.util.List;
import java.util.Set;

/**
 * The province's incidents counted as the agencies' Form 05 summaries list them (every incident not
 * rejected, detected in the period), by type and severity: the coordinator's reports to the ministry
 * give these figures, so that they add up to the agencies' own summaries.
 */
public interface IncidentFigures {

    /**
     * The counts of the period's incidents on systems of the given approved levels (every system when
     * empty), by type in the taxonomy's order and severity; a type or severity without incidents is
     * absent. No access check: the caller decides who may see them.
     */
    List<Count> count(SummaryPeriod period, Set<Integer> systemLevels);

    /** {@code typeName} is the taxonomy's Vietnamese name. */
    record Count(String typeCode, String typeName, IncidentSeverity severity, long incidents) {}
}
