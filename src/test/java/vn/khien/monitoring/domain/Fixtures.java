package vn.khien.monitoring.domain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real samples in {@code ../shared/fixtures} (beside the clone in CI; never copied into the
 * repository). Tests that read them are skipped where the folder is absent.
 */
public final class Fixtures {

    public static final Path ROOT = Path.of("../shared/fixtures");

    private Fixtures() {}

    public static List<String> lines(String file) {
        Path path = ROOT.resolve(file);
        assumeTrue(Files.isRegularFile(path), "fixtures folder ../shared/fixtures is absent: skipped");
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
