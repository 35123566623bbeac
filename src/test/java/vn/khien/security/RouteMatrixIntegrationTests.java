package vn.khien.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.khien.security.RouteObjects.Side;
import vn.khien.security.Routes.Route;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * Issue 22, item 1: every route Khiên maps, called by every kind of caller with an object of the
 * caller's agency and one of another agency, answers what {@code route-matrix.tsv} declares, and a
 * refused write changes nothing. Each call runs in a transaction rolled back afterwards, so allowed
 * writes leave the shared demo province as it was; inside it, a refused call may have written no row
 * but its own {@code security.*} audit record.
 */
@KhienIntegrationTest
class RouteMatrixIntegrationTests {

    static final List<String> CALLERS = List.of(
            "dieuphoi",
            "ungcuu",
            "congan",
            "canbo.sonv",
            "giamdoc.sonv",
            "canbo.syt",
            "danhgia",
            "giamsat",
            "anonymous");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    /**
     * An allowed {@code POST /reports/{id}/generate} starts the documents' generation in the background,
     * outside the call's transaction: it commits on its own, as it should. Nothing else of a call may.
     */
    private static final String BACKGROUND_ACTION = "reports.report.documents-generated";

    private RefusedWrites refusedWrites;

    private RouteCalls calls;

    @Test
    void everyRouteAnswersEveryCallerAsDeclaredAndRefusedWritesChangeNothing() throws Exception {
        Routes routes = Routes.of(
                context.getBeansOfType(RequestMappingHandlerMapping.class).values());
        // the callers' calendar subscriptions, made by other tests of the run, would turn "nothing to
        // revoke" (404) into a revocation: the matrix starts from the demo's state, which has none
        jdbc.sql("DELETE FROM compliance.calendar_subscription").update();
        RouteObjects objects = new RouteObjects(jdbc);
        refusedWrites = new RefusedWrites(jdbc);
        calls = new RouteCalls(mvc);
        Map<String, RequestPostProcessor> callers = new LinkedHashMap<>();
        CALLERS.forEach(caller ->
                callers.put(caller, caller.equals("anonymous") ? anonymous() : SignedIn.as(accounts, caller)));
        long auditHeadBefore = auditHead();
        Map<Route, String[]> paths = new LinkedHashMap<>(); // resolved first: a route without objects fails at once
        routes.all()
                .forEach(route -> paths.put(route, new String[] {
                    objects.path(route.pattern(), Side.HOME).orElseThrow(),
                    objects.path(route.pattern(), Side.AWAY).orElse(null)
                }));

        Map<String, Map<String, String>> observed = new LinkedHashMap<>();
        List<String> writesAfterRefusal = new ArrayList<>();
        int triples = 0;
        for (Route route : routes.all()) {
            String home = paths.get(route)[0];
            String away = paths.get(route)[1];
            Map<String, String> row = new LinkedHashMap<>();
            for (var caller : callers.entrySet()) {
                String homeOutcome = call(route, home, caller.getValue(), caller.getKey(), writesAfterRefusal);
                String awayOutcome =
                        away == null ? null : call(route, away, caller.getValue(), caller.getKey(), writesAfterRefusal);
                triples += away == null ? 1 : 2;
                row.put(caller.getKey(), RouteMatrix.cell(homeOutcome, awayOutcome));
            }
            observed.put(route.key(), row);
        }
        String counts = routes.all().size() + " mappings, " + triples + " (route, caller, object) calls";
        Files.writeString(Path.of("target/route-matrix-counts.txt"), counts, StandardCharsets.UTF_8);
        System.out.println("Route matrix: " + counts);
        calls.serverErrors.forEach((route, error) -> System.out.println("Route matrix 500: " + route + " as " + error));

        if (Boolean.getBoolean("khien.route-matrix.write")) {
            new RouteMatrix(CALLERS, observed).write();
        }
        RouteMatrix declared = RouteMatrix.read();
        assertThat(declared.callers()).isEqualTo(CALLERS);
        assertThat(declared.undeclared(observed))
                .as("routes without a declared expectation in " + RouteMatrix.FILE)
                .isEmpty();
        assertThat(declared.differences(observed))
                .as("answers other than declared")
                .isEmpty();
        assertThat(declared.cells().keySet())
                .as("declared routes Khiên no longer maps")
                .isSubsetOf(observed.keySet());
        assertThat(writesAfterRefusal).as("refused writes that wrote rows").isEmpty();
        // writes a call committed outside its own transaction would show as audit records of its caller;
        // scheduled jobs running meanwhile (incident clocks, digests) write as the system, not checked here
        assertThat(jdbc.sql("SELECT seq || ' ' || actor || ' ' || action || ' ' || object_id FROM audit.audit_record"
                                + " WHERE seq > :head AND actor IN (:callers) AND action <> :background")
                        .param("head", auditHeadBefore)
                        .param("callers", CALLERS)
                        .param("background", BACKGROUND_ACTION)
                        .query(String.class)
                        .list())
                .as("audit records the matrix's callers left behind")
                .isEmpty();
    }

    /**
     * The tabs an agency or system page loads with htmx answer 200 for any code (the matrix shows it) and
     * list only what the viewer may see: for another agency's agency or system, the officer gets exactly
     * what a code that exists nowhere gets, so the answer tells nothing about the object.
     */
    @Test
    void tabsOfAnotherAgencysAgencyOrSystemShowNothingOfIt() throws Exception {
        RequestPostProcessor otherAgency = SignedIn.as(accounts, "canbo.syt");
        for (String[] tab : new String[][] {
            {"/incidents/of-agency/", RouteObjects.HOME_AGENCY},
            {"/incidents/of-system/", "SNV.WEB"},
            {"/compliance/of-system/", "SNV.WEB"}
        }) {
            String seen = body(tab[0] + tab[1], otherAgency).replace(tab[1], "CODE");
            String nowhere = body(tab[0] + "NO.SUCH", otherAgency).replace("NO.SUCH", "CODE");
            assertThat(seen).as(tab[0] + tab[1] + " as canbo.syt").isEqualTo(nowhere);
        }
        // other tests register systems of H57.02 that H57.10's units operate (and so may see): the agency's
        // systems tab is checked for the demo's own systems of H57.02, none of which H57.10 operates
        assertThat(body("/systems/of-agency/" + RouteObjects.HOME_AGENCY, otherAgency))
                .doesNotContain("SNV.WEB", "SNV.QLCB", "SNV.LAN");
    }

    /**
     * The alert console, the dead letters and the unassigned list answer 200 to everyone (the matrix
     * shows it); their rows are the viewer's: an officer sees its agency's systems' alerts and not
     * another agency's, a sending organisation its own dead letters and unassigned targets only.
     */
    @Test
    void alertListsDeadLettersAndTheUnassignedListShowOnlyTheViewersRows() throws Exception {
        RequestPostProcessor home = SignedIn.as(accounts, "canbo.sonv");
        RequestPostProcessor away = SignedIn.as(accounts, "canbo.syt");
        RequestPostProcessor provider = SignedIn.as(accounts, "giamsat");
        assertThat(body("/monitoring/alerts", home)).contains("SNV.WEB");
        assertThat(body("/monitoring/alerts", away)).doesNotContain("SNV.WEB").doesNotContain("SNV.LAN");
        assertThat(body("/monitoring/dead-letters", provider))
                .contains("DV.GIAMSAT-DEMO")
                .doesNotContain("VT.VNPT-HUE");
        assertThat(body("/monitoring/dead-letters", away)).doesNotContain("DV.GIAMSAT-DEMO");
        // both senders have alerts for the same unassigned address: the provider's count is its own only
        String target = "coalesce(host(dst_ip), hostname, host(src_ip), '-')";
        String address = jdbc.sql("SELECT " + target + " FROM monitoring.alert_rollup WHERE system_code IS NULL"
                        + " AND organisation_code = 'DV.GIAMSAT-DEMO' ORDER BY id LIMIT 1")
                .query(String.class)
                .single();
        long own = unassignedAlerts(target, address, "= 'DV.GIAMSAT-DEMO'");
        assertThat(own + unassignedAlerts(target, address, "<> 'DV.GIAMSAT-DEMO'"))
                .isGreaterThan(own);
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(">" + java.util.regex.Pattern.quote(address)
                        + "</a></td>\\s*<td class=\"text-end\">(\\d+)</td>")
                .matcher(body("/monitoring/unassigned", provider));
        assertThat(row.find()).as("the provider's unassigned address is listed").isTrue();
        assertThat(Long.parseLong(row.group(1))).isEqualTo(own);
    }

    private long unassignedAlerts(String target, String address, String organisation) {
        return jdbc.sql("SELECT coalesce(sum(alert_count), 0) FROM monitoring.alert_rollup WHERE system_code IS NULL"
                        + " AND " + target + " = :address AND organisation_code " + organisation)
                .param("address", address)
                .query(Long.class)
                .single();
    }

    private String body(String path, RequestPostProcessor caller) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(caller))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String call(
            Route route, String path, RequestPostProcessor caller, String name, List<String> writesAfterRefusal) {
        var transaction = new TransactionTemplate(transactions);
        return transaction.execute(status -> {
            Map<String, Long> before = route.writes() ? refusedWrites.counts() : null;
            String outcome = calls.outcome(route, path, caller, name);
            if (route.writes()) {
                List<String> written = written(before);
                if (outcome.equals("ok") && written.isEmpty()) {
                    outcome = "bad"; // answered (a form shown again, a redirect with a message) but nothing changed
                } else if (!outcome.equals("ok") && !written.isEmpty()) {
                    writesAfterRefusal.add(route.key() + " as " + name + " (" + outcome + ") wrote " + written);
                }
            }
            status.setRollbackOnly();
            return outcome;
        });
    }

    private List<String> written(Map<String, Long> before) {
        try {
            return refusedWrites.since(before);
        } catch (RuntimeException aborted) {
            return List.of(); // the request's SQL error aborted the transaction: nothing of it can commit
        }
    }

    private long auditHead() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit.audit_record")
                .query(Long.class)
                .single();
    }
}
