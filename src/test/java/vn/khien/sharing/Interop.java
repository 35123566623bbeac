package vn.khien.sharing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The third-party peers and samples beside the clone ({@code ../shared/interop}, {@code
 * ../shared/fixtures}; never copied into the repository). Tests that need them are skipped where they
 * are absent.
 */
public final class Interop {

    public static final Path INTEROP = Path.of("../shared/interop");
    public static final Path FIXTURES = Path.of("../shared/fixtures");
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Interop() {}

    public static Path interop(String relative) {
        Path path = INTEROP.resolve(relative);
        assumeTrue(Files.exists(path), "interop folder ../shared/interop is absent: skipped");
        return path;
    }

    public static JsonNode fixture(String relative) {
        Path path = FIXTURES.resolve(relative);
        assumeTrue(Files.isRegularFile(path), "fixtures folder ../shared/fixtures is absent: skipped");
        return JSON.readTree(path.toFile());
    }

    /** The fixture files of a folder whose names match, in name order. */
    public static List<String> fixtureNames(String folder, String glob) {
        Path dir = FIXTURES.resolve(folder);
        assumeTrue(Files.isDirectory(dir), "fixtures folder ../shared/fixtures is absent: skipped");
        var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> matcher.matches(p.getFileName()))
                    .map(p -> folder + "/" + p.getFileName())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
