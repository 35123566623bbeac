package vn.khien.security;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The objects the matrix puts into a route's path variables. HOME objects belong to the agency of the
 * agency callers (H57.02, Sở Nội vụ: canbo.sonv, giamdoc.sonv) and are the ones the demo assessor and
 * provider are engaged for; AWAY objects belong to another agency (H57.10, Sở Y tế, or any other) and
 * to nobody the assessor or provider serves. Where the demo province has no AWAY object of a kind, the
 * route is called with the HOME object only and the officer of another agency (canbo.syt) is the
 * cross-agency caller. A variable no rule names fails the matrix with the route's name.
 */
final class RouteObjects {

    enum Side {
        HOME,
        AWAY
    }

    static final String HOME_AGENCY = "H57.02";
    static final String AWAY_AGENCY = "H57.10";
    /** A value for kinds of which the demo province holds no row: every caller gets the same answer. */
    static final String NONE = "00000000-0000-0000-0000-000000000000";

    /** (route pattern, variable) → the object kind filling it; first match wins. */
    private static final List<String[]> KINDS = List.of(
            new String[] {"/agencies/", "code", "agency"},
            new String[] {"/focal-points/", "role", "focal-role"},
            new String[] {"/api-tokens/", "id", "api-token"},
            new String[] {"/account/tokens/", "id", "personal-token"},
            new String[] {"/assessments/plans/", "id", "plan"},
            new String[] {"/assessments/campaigns/", "partyId", "campaign-party"},
            new String[] {"/assessments/campaigns/", "id", "finding-campaign"},
            new String[] {"/taxii2/", "root", "taxii-root"},
            new String[] {"/taxii2/", "objectId", "stix-object"},
            new String[] {"/status/", "id", "taxii-status"},
            new String[] {"/taxii2/", "id", "taxii-collection"},
            new String[] {"/sharing/collections/", "id", "taxii-collection"},
            new String[] {"/sharing/remotes/", "id", "remote-source"},
            new String[] {"/sharing/review/", "id", "share-request"},
            new String[] {"/sharing/indicators/", "indicatorId", "received-indicator"},
            new String[] {"/assessments/evidence/", "ref", "evidence"},
            new String[] {"/assessments/", "id", "assessment"},
            new String[] {"/api/v1/evidence/", "ref", "evidence"},
            new String[] {"/findings/", "id", "finding"},
            new String[] {"/attestations/", "id", "attestation"},
            new String[] {"/credentials/", "id", "credential"},
            new String[] {"/it-plans/", "id", "it-plan"},
            new String[] {"/staff/", "id", "staff"},
            new String[] {"/telecom-measures/", "id", "telecom-measure"},
            new String[] {"/registers/evidence/", "ref", "evidence"},
            new String[] {"/incident-summaries/", "ref", "summary"},
            new String[] {"/incidents/summaries/", "ref", "summary"},
            new String[] {"/incidents/", "reference", "incident"},
            new String[] {"/incidents/", "rule", "incident-clock"},
            new String[] {"/incidents/", "party", "incident-party"},
            new String[] {"/incidents/", "task", "incident-task"},
            new String[] {"/incidents/", "ref", "incident-file"},
            new String[] {"/notifications/outbox/", "id", "outbox"},
            new String[] {"/notifications/", "id", "notification"},
            new String[] {"/waivers/", "id", "waiver"},
            new String[] {"/packs/", "code", "pack"},
            new String[] {"/reports/", "id", "report"},
            new String[] {"/scoring/campaigns/", "id", "scoring-campaign"},
            new String[] {"/scoring/campaigns/", "ref", "evidence"},
            new String[] {"/criteria-sets/", "code", "criteria-set"},
            new String[] {"/criteria-sets/", "version", "criteria-version"},
            new String[] {"/national-index/", "year", "national-year"},
            new String[] {"/rankings/", "year", "ranking-year"},
            new String[] {"/xep-hang/", "year", "ranking-year"},
            new String[] {"/of-provider/", "agencyCode", "provider"},
            new String[] {"/systems/", "code", "system"},
            new String[] {"/arrangements/", "id", "arrangement"},
            new String[] {"/assets/", "id", "asset"},
            new String[] {"/products/", "id", "product"},
            new String[] {"/dossiers/", "number", "dossier"},
            new String[] {"/attachments/", "id", "attachment"},
            new String[] {"/monitoring/alerts/", "id", "alert"},
            new String[] {"/users/", "username", "user"},
            new String[] {"/audit/history/", "objectType", "history-type"},
            new String[] {"/audit/history/", "objectId", "system"},
            new String[] {"/calendar/", "token", "calendar-token"},
            new String[] {"", "agencyCode", "agency"},
            new String[] {"", "systemCode", "system"});

    private final Map<Side, Map<String, String>> objects = new HashMap<>();

    RouteObjects(JdbcClient jdbc) {
        objects.put(Side.HOME, load(jdbc, Side.HOME));
        objects.put(Side.AWAY, load(jdbc, Side.AWAY));
    }

    /**
     * The route with its variables filled for that side. A variable whose kind has no AWAY object keeps
     * its HOME value; a route none of whose variables differs has no AWAY call (empty).
     */
    Optional<String> path(String pattern, Side side) {
        StringBuilder path = new StringBuilder();
        boolean differs = false;
        int at = 0;
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            if (c != '{') {
                path.append(c);
                at++;
                continue;
            }
            int end = closing(pattern, at);
            String[] variable = pattern.substring(at + 1, end).split(":", 2);
            String regex = variable.length > 1 ? variable[1] : null;
            String home = value(pattern, variable[0], regex, Side.HOME);
            String away = value(pattern, variable[0], regex, Side.AWAY);
            String value = side == Side.HOME || away == null ? home : away;
            if (value == null) {
                value = NONE; // e.g. an incident without clocks: every caller gets the same answer
            }
            differs |= away != null && !away.equals(home);
            path.append(value);
            at = end + 1;
        }
        return side == Side.HOME || differs ? Optional.of(path.toString()) : Optional.empty();
    }

    /** The brace closing the variable opened at {@code open}: regexes inside may hold braces too. */
    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '{') {
                depth++;
            } else if (pattern.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("Unbalanced braces in " + pattern);
    }

    private String value(String pattern, String variable, String regex, Side side) {
        if (regex != null && regex.matches("[\\w|-]+")) {
            return regex.split("\\|")[0]; // a few literals: xlsx|csv, FORM_03|FORM_04
        }
        for (String[] kind : KINDS) {
            if (pattern.contains(kind[0]) && variable.equals(kind[1])) {
                return objects.get(side).get(kind[2]);
            }
        }
        throw new IllegalStateException("No object declared for {" + variable + "} of " + pattern
                + ": add its kind to RouteObjects.KINDS (and the route to route-matrix.tsv)");
    }

    private static Map<String, String> load(JdbcClient jdbc, Side side) {
        boolean home = side == Side.HOME;
        String agency = home ? HOME_AGENCY : AWAY_AGENCY;
        Map<String, String> o = new LinkedHashMap<>();
        o.put("agency", agency);
        String system = home ? "SNV.WEB" : "SYT.HSSK";
        o.put("system", system);
        o.put("history-type", "information-system");
        o.put("provider", home ? "DV.GIAMSAT-DEMO" : "VT.VNPT-HUE");
        o.put("user", home ? "canbo.sonv" : "canbo.syt");
        String bySystem = " FROM %s x JOIN systems.information_system s ON s.id = x.information_system"
                + " WHERE s.code = :c ORDER BY x.position LIMIT 1";
        o.put(
                "arrangement",
                first(jdbc, "SELECT x.ref::text" + bySystem.formatted("systems.service_arrangement"), system));
        o.put("asset", first(jdbc, "SELECT x.ref::text" + bySystem.formatted("systems.network_asset"), system));
        o.put("product", first(jdbc, "SELECT x.ref::text" + bySystem.formatted("systems.security_product"), system));
        o.put(
                "dossier",
                first(
                        jdbc,
                        "SELECT number::text FROM systems.level_dossier WHERE system_code = :c ORDER BY id LIMIT 1",
                        system));
        o.put(
                "alert",
                first(
                        jdbc,
                        home
                                ? "SELECT id::text FROM monitoring.alert_rollup WHERE system_code = :c AND organisation_code = 'DV.GIAMSAT-DEMO' ORDER BY id LIMIT 1"
                                : "SELECT id::text FROM monitoring.alert_rollup WHERE system_code = :c AND organisation_code <> 'DV.GIAMSAT-DEMO' ORDER BY id LIMIT 1",
                        system));
        String byAgency = home ? "agency_code = :c" : "agency_code <> '" + HOME_AGENCY + "'";
        o.put(
                "finding",
                first(
                        jdbc,
                        // an open finding, chosen by its title: ids are random, so ordering by them picked
                        // a finding in another state on each demo load
                        "SELECT id::text FROM assessments.finding WHERE " + byAgency
                                + (home
                                        ? " AND assessment_id IS NOT NULL AND status = 'OPEN'"
                                        : " AND agency_code = :c")
                                + " ORDER BY title, created_at LIMIT 1",
                        agency));
        o.put(
                "assessment",
                first(
                        jdbc,
                        "SELECT id::text FROM assessments.assessment WHERE agency_code = :c ORDER BY created_at LIMIT 1",
                        agency));
        o.put(
                "plan",
                first(
                        jdbc,
                        "SELECT id::text FROM assessments.plan WHERE agency_code = :c ORDER BY year LIMIT 1",
                        agency));
        o.put(
                "incident",
                first(
                        jdbc,
                        "SELECT reference FROM incidents.incident WHERE agency_code = :c ORDER BY id LIMIT 1",
                        agency));
        String incident = o.get("incident");
        String ofIncident = " FROM %s x JOIN incidents.incident i ON i.id = x.incident WHERE i.reference = :c"
                + " ORDER BY x.position LIMIT 1";
        o.put(
                "incident-clock",
                first(jdbc, "SELECT x.rule_id" + ofIncident.formatted("incidents.incident_clock"), incident));
        o.put(
                "incident-party",
                first(jdbc, "SELECT x.ref::text" + ofIncident.formatted("incidents.incident_party"), incident));
        o.put(
                "incident-task",
                first(jdbc, "SELECT x.ref::text" + ofIncident.formatted("incidents.incident_task"), incident));
        for (String[] register :
                new String[][] {{"it-plan", "it_plan"}, {"credential", "credential"}, {"staff", "staff"}}) {
            o.put(
                    register[0],
                    first(
                            jdbc,
                            "SELECT id::text FROM registers." + register[1]
                                    + " WHERE agency_code = :c ORDER BY id LIMIT 1",
                            agency));
        }
        o.put(
                "notification",
                first(
                        jdbc,
                        "SELECT id::text FROM notifications.notification WHERE username = :c ORDER BY id LIMIT 1",
                        o.get("user")));
        o.put(
                "scoring-campaign",
                first(
                        jdbc,
                        "SELECT campaign::text FROM scoring.submission WHERE agency_code = :c ORDER BY campaign LIMIT 1",
                        agency));
        if (home) {
            // kinds held by no agency, or by agencies with no demo user: one object, every caller
            o.put("focal-role", "SECURITY_UNIT");
            o.put("pack", "ND85-2016");
            o.put(
                    "finding-campaign",
                    first(jdbc, "SELECT id::text FROM assessments.campaign ORDER BY created_at LIMIT 1", ""));
            o.put("attestation", first(jdbc, "SELECT id::text FROM registers.attestation ORDER BY id LIMIT 1", ""));
            o.put(
                    "telecom-measure",
                    first(jdbc, "SELECT id::text FROM registers.telecom_measure ORDER BY id LIMIT 1", ""));
            o.put("report", first(jdbc, "SELECT id::text FROM reports.report ORDER BY id LIMIT 1", ""));
            // an unsent mail (tests with a mail server send some of the demo's): retry answers for it
            o.put(
                    "outbox",
                    first(
                            jdbc,
                            "SELECT id::text FROM notifications.outbox WHERE sent_at IS NULL ORDER BY id LIMIT 1",
                            ""));
            o.put(
                    "campaign-party",
                    first(jdbc, "SELECT id::text FROM assessments.campaign_party ORDER BY added_at LIMIT 1", ""));
            // the province's outbound collection and an object in it: TAXII answers by grant and TLP
            o.put("taxii-root", "national");
            o.put(
                    "taxii-collection",
                    first(
                            jdbc,
                            "SELECT id::text FROM sharing.collection WHERE api_root = 'national' ORDER BY created_at LIMIT 1",
                            ""));
            o.put("stix-object", first(jdbc, "SELECT stix_id FROM sharing.stix_object ORDER BY seq LIMIT 1", ""));
            o.put("taxii-status", NONE);
            o.put("remote-source", NONE);
            // a demo indicator from the national centre: no alert has matched it, so only the response team sees it
            o.put(
                    "received-indicator",
                    first(
                            jdbc,
                            "SELECT o.stix_id FROM sharing.stix_object o JOIN sharing.collection c ON c.id = o.collection_id"
                                    + " WHERE c.direction = 'INBOUND' AND o.type = 'indicator' AND o.latest"
                                    + " AND NOT EXISTS (SELECT 1 FROM monitoring.indicator_sighting s WHERE s.indicator_id = o.stix_id)"
                                    + " ORDER BY o.seq LIMIT 1",
                            ""));
            o.put("share-request", first(jdbc, "SELECT id::text FROM sharing.share_request ORDER BY id LIMIT 1", ""));
            o.put("criteria-set", "HUE-ATTT");
            o.put("criteria-version", "1");
            o.put(
                    "ranking-year",
                    first(jdbc, "SELECT year::text FROM scoring.publication_ranking ORDER BY year LIMIT 1", ""));
            // a year no test records a national result for: the answer does not depend on the run's order
            o.put("national-year", "1999");
            for (String none : List.of(
                    "api-token", "personal-token", "evidence", "summary", "incident-file", "waiver", "attachment")) {
                o.put(none, NONE);
            }
            o.put("calendar-token", "0".repeat(43));
        }
        o.values().removeIf(java.util.Objects::isNull);
        return o;
    }

    private static String first(JdbcClient jdbc, String sql, String parameter) {
        var query = jdbc.sql(sql);
        if (sql.contains(":c")) {
            query = query.param("c", parameter);
        }
        return query.query(String.class).optional().orElse(null);
    }
}
