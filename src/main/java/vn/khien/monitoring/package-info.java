/**
 * Alert intake from the monitoring tools agencies and providers already run: HTTP NDJSON with API
 * tokens ({@code api}) and, when enabled, syslog over UDP/TCP ({@code syslog}).
 *
 * <p>Owns: alerts (partitioned by day), their roll-ups, dead letters, promotion rules, the in-memory
 * map of network assets to systems. Publishes: {@link vn.khien.monitoring.AlertsPromoted} when alerts
 * are promoted to an incident (by rule or by hand) — the incidents module opens the incident — and
 * {@link vn.khien.monitoring.PromotionRuleChanged}. Offers:
 * {@link vn.khien.monitoring.AlertSeverity}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monitoring intake",
        allowedDependencies = {"agencies", "identity", "systems", "shared"})
package vn.khien.monitoring;
