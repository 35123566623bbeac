/**
 * Alert intake from the monitoring tools agencies and providers already run: HTTP NDJSON with API
 * tokens ({@code api}) and, when enabled, syslog over UDP/TCP ({@code syslog}).
 *
 * <p>Owns: alerts (partitioned by day), their roll-ups, dead letters, promotion rules, the in-memory
 * map of network assets to systems. Publishes: {@link vn.khien.monitoring.AlertsPromoted} when alerts
 * are promoted to an incident (by rule or by hand) — the incidents module opens the incident — and
 * {@link vn.khien.monitoring.PromotionRuleChanged}. Offers:
 * {@link vn.khien.monitoring.AlertSeverity} and {@link vn.khien.monitoring.IndicatorSightings} (the alerts
 * that matched a threat indicator, as the viewer may see them). Declares the port
 * {@link vn.khien.monitoring.ThreatIndicators}, which the sharing module implements with the indicators it
 * received, so that monitoring never depends on sharing.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monitoring intake",
        allowedDependencies = {"agencies", "identity", "systems", "shared"})
package vn.khien.monitoring;
