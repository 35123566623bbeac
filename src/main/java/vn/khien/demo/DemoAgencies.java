package vn.khien.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * The rows of {@code demo/agencies-hue.csv}: code;name;short name;kind;parent[;address;website;licence
 * number;licence from;licence until;licence kind;licence issuer;status;successor;status since].
 */
final class DemoAgencies {

    private DemoAgencies() {}

    static List<String[]> rows() {
        var resource = new ClassPathResource("demo/agencies-hue.csv");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field, or null when the row is shorter or the field blank. */
    static String field(String[] f, int i) {
        return f.length > i && !f[i].isBlank() ? f[i] : null;
    }
}
