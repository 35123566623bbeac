package vn.khien.incidents.facts;

import static vn.khien.shared.facts.SqlType.DATE;
import static vn.khien.shared.facts.SqlType.TIMESTAMPTZ;
import static vn.khien.shared.facts.SqlType.UUID;
import static vn.khien.shared.facts.SqlType.VARCHAR;

import java.util.List;
import vn.khien.shared.facts.FactColumn;
import vn.khien.shared.facts.FactView;

/** The views the incidents module publishes. */
public final class IncidentFacts {

    /**
     * The regulatory clocks of incidents not rejected: {@code clock_rule_id} is the policy pack's rule that
     * started the clock, {@code met_at} empty while it runs.
     */
    public static final FactView CLOCK = FactView.of(
            "incidents.published_incident_clock",
            FactColumn.of("incident_reference", VARCHAR),
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("system_code", VARCHAR),
            FactColumn.of("clock_rule_id", VARCHAR),
            FactColumn.of("starts_at", TIMESTAMPTZ),
            FactColumn.of("due_at", TIMESTAMPTZ),
            FactColumn.of("met_at", TIMESTAMPTZ));

    /**
     * The Form 05 summaries made, one row per agency and period ({@code H1-2026}, {@code Y-2026}) with the
     * days it covers and its first generation.
     */
    public static final FactView SUMMARY = FactView.of(
            "incidents.published_incident_summary",
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("period", VARCHAR),
            FactColumn.of("covers_from", DATE),
            FactColumn.of("covers_to", DATE),
            FactColumn.of("first_generated_on", DATE),
            FactColumn.of("first_ref", UUID));

    public static final List<FactView> ALL = List.of(CLOCK, SUMMARY);

    private IncidentFacts() {}
}
