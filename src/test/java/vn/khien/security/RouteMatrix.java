package vn.khien.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one declared table of expectations, {@code src/test/resources/security/route-matrix.tsv}: per
 * route (method and pattern) and caller, the outcome for the HOME object and for the AWAY object
 * ({@code home/away}, or one value for both). Outcomes: {@code ok} (2xx/3xx; for a write, rows changed),
 * {@code bad} (answered without a change: 400, 405, 409, 413, 415 or a form shown again), {@code 403},
 * {@code 404}, {@code login} (401 or sent to the sign-in page).
 */
record RouteMatrix(List<String> callers, Map<String, Map<String, String>> cells) {

    static final Path FILE = Path.of("src/test/resources/security/route-matrix.tsv");

    private static final String HEADER = """
            # Routes × roles: what each caller gets on every route Khiên maps (RouteMatrixIntegrationTests).
            # A new route fails the build until its row is declared here; a changed answer fails it too.
            # Callers: dieuphoi COORDINATOR_ADMIN, ungcuu RESPONDER, congan OBSERVER (province-wide);
            # canbo.sonv AGENCY_OFFICER and giamdoc.sonv AGENCY_HEAD of H57.02 (the HOME objects' agency);
            # canbo.syt AGENCY_OFFICER of H57.10 with its units (another agency); danhgia ASSESSOR and
            # giamsat PROVIDER (engaged for the HOME objects, not for the AWAY ones); anonymous.
            # Cell: outcome for the HOME object / for the AWAY object (another agency's), or one outcome
            # for both. ok = 2xx/3xx (for a write: and it changed rows); bad = answered without a change:
            # the empty input refused (400/405/409/413/415, or a form shown again) before or after access
            # was checked; 403 = wrong role; 404 = outside the caller's scope (or no such object);
            # login = 401 or the sign-in page. Writes are sent without input (but those in RouteInputs), each
            # in a transaction rolled back afterwards; a refused one (bad, 403, 404, login) wrote no row.
            # Regenerate after a deliberate change: -Dkhien.route-matrix.write=true, then review the diff.
            """;

    static RouteMatrix read() {
        try {
            List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
            List<String> callers = null;
            Map<String, Map<String, String>> cells = new LinkedHashMap<>();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (callers == null) {
                    callers = List.of(columns).subList(2, columns.length);
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 2; i < columns.length; i++) {
                    row.put(callers.get(i - 2), columns[i]);
                }
                cells.put(columns[0] + " " + columns[1], row);
            }
            return new RouteMatrix(callers, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write() {
        List<String> lines = new ArrayList<>(HEADER.lines().toList());
        lines.add("method\tpattern\t" + String.join("\t", callers));
        cells.forEach((route, row) -> {
            String[] key = route.split(" ", 2);
            lines.add(key[0] + "\t" + key[1] + "\t" + String.join("\t", row.values()));
        });
        try {
            Files.write(FILE, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell from the outcomes of the HOME call and the AWAY call (null when the route has none). */
    static String cell(String home, String away) {
        return away == null || away.equals(home) ? home : home + "/" + away;
    }

    /** Observed routes this table has no row for. */
    List<String> undeclared(Map<String, Map<String, String>> observed) {
        return observed.keySet().stream()
                .filter(route -> !cells.containsKey(route))
                .toList();
    }

    /** Each observed cell that is not the declared answer, named. */
    List<String> differences(Map<String, Map<String, String>> observed) {
        List<String> differences = new ArrayList<>();
        observed.forEach((route, row) -> {
            Map<String, String> expected = cells.get(route);
            if (expected == null) {
                return;
            }
            boolean writes = !route.startsWith("GET ");
            row.forEach((caller, outcome) -> {
                if (!sameAnswer(outcome, expected.get(caller), writes)) {
                    differences.add(
                            route + " as " + caller + ": declared " + expected.get(caller) + ", got " + outcome);
                }
            });
        });
        return differences;
    }

    /**
     * A write's {@code ok} and {@code bad} are one answer for this test: whether an empty input changes
     * anything depends on the state other tests leave in the shared database (notifications already
     * read, a plan already submitted); what must never change is who is refused (403, 404, login).
     */
    static boolean sameAnswer(String observed, String declared, boolean writes) {
        if (observed.equals(declared)) {
            return true;
        }
        return writes && declared != null && passed(observed).equals(passed(declared));
    }

    /** The cell with a write's {@code bad} read as {@code ok}, and {@code ok/ok} as {@code ok}. */
    private static String passed(String cell) {
        String[] sides = cell.replace("bad", "ok").split("/");
        return sides.length == 2 && sides[0].equals(sides[1]) ? sides[0] : String.join("/", sides);
    }
}
