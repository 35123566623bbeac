package vn.khien;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.BasicJsonParser;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/modules/ is drawn from the code: Spring Modulith's component diagram, one diagram and one
 * canvas per module. The test writes them afresh; when the committed copy differs it is replaced and
 * the test fails, so a change of the module graph lands together with its documentation. (The canvases
 * quote Javadoc through Spring Modulith's simple JSON reader, which stumbles on a backslash in a
 * comment: say "backslash" in words there.)
 */
class ModuleDocumentationTests {

    private static final Path COMMITTED = Path.of("docs", "modules");

    /**
     * Spring Modulith reads the Javadoc it shows on the canvases with Boot's simple JSON reader, which
     * fails on some comments (seen: a quotation containing a comma, a comment starting with a quote, a
     * backslash). Name the types to reword instead of failing inside Modulith.
     */
    @Test
    void noJavadocTripsTheDocumentationReader() throws IOException {
        Path javadoc = Path.of("target", "generated-spring-modulith", "javadoc.json");
        if (!Files.exists(javadoc)) {
            return; // compiled without the processor: the canvases carry no Javadoc and nothing can trip
        }
        List<String> unreadable = new ArrayList<>();
        collect(JsonMapper.builder().build().readTree(javadoc.toFile()), unreadable);
        assertThat(unreadable)
                .as("types whose Javadoc to reword (quote no text containing a comma, do not start with a"
                        + " quote, write 'backslash' in words)")
                .isEmpty();
    }

    /** The types whose Javadoc entry Modulith's own reader cannot read, by name. */
    private static void collect(JsonNode types, List<String> unreadable) {
        for (JsonNode type : types) {
            try {
                new BasicJsonParser().parseList("[" + type + "]");
            } catch (RuntimeException e) {
                unreadable.add(type.path("name").asString());
            }
        }
    }

    @Test
    void theCommittedModuleDocumentationMatchesTheCode() throws IOException {
        Path generated = Path.of("target", "modules-docs");
        new Documenter(
                        ApplicationModules.of(KhienApplication.class),
                        Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> fresh = read(generated);
        Map<String, String> committed = Files.isDirectory(COMMITTED) ? read(COMMITTED) : Map.of();
        // Modulith lists a module's listeners and dependencies in reflection order, which differs
        // between runs: the same lines in another order are the same documentation
        if (!sortedLines(fresh).equals(sortedLines(committed))) {
            replace(fresh);
        }
        assertThat(sortedLines(committed))
                .as("docs/modules was out of date and has been regenerated: commit it")
                .isEqualTo(sortedLines(fresh));
    }

    private static Map<String, List<String>> sortedLines(Map<String, String> files) {
        Map<String, List<String>> sorted = new TreeMap<>();
        // a table cell's first list item carries the cell's "|": it moves with the order too
        files.forEach((name, text) -> sorted.put(
                name,
                text.lines()
                        .map(line -> line.replaceFirst("^\\|(?=\\* )", ""))
                        .sorted()
                        .toList()));
        return sorted;
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(path.getFileName().toString(), Files.readString(path));
            }
        }
        return files;
    }

    private static void replace(Map<String, String> fresh) throws IOException {
        if (Files.isDirectory(COMMITTED)) {
            try (Stream<Path> old = Files.list(COMMITTED)) {
                for (Path path : old.toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(COMMITTED);
        for (var file : fresh.entrySet()) {
            Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue());
        }
    }
}
