package vn.khien;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the main sources name database objects: every string literal and text block of each module,
 * searched for {@code <schema>.<object>} where the object is one the migrations create. Compiled
 * classes do not help: javac folds constant strings into the callers and ArchUnit does not expose the
 * constant pool, so the sources are read.
 */
final class SchemaReferences {

    /** A string in {@code module}'s file at {@code line} naming {@code schema.object}. */
    record Reference(String module, String file, int line, String schema, String object) {

        String qualifiedName() {
            return schema + "." + object;
        }

        @Override
        public String toString() {
            return file + ":" + line + " (" + module + ") names " + qualifiedName();
        }
    }

    private static final Path SOURCES = Path.of("src/main/java/vn/khien");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATED =
            Pattern.compile("\\bcreate\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+|materialized\\s+)?"
                    + "(?:table|view|function|procedure|sequence|type)\\s+(?:if\\s+not\\s+exists\\s+)?"
                    + "([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)");
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)\\b");

    private SchemaReferences() {}

    /** {@code schema.object} of every table, view, function, sequence and type the migrations create. */
    static Set<String> createdObjects() {
        Set<String> objects = new HashSet<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            Matcher m = CREATED.matcher(read(file).toLowerCase(Locale.ROOT));
            while (m.find()) {
                objects.add(m.group(1) + "." + m.group(2));
            }
        }
        return objects;
    }

    /** Every string in the main sources that names one of {@code objects}, with the module it is in. */
    static List<Reference> in(Set<String> objects) {
        List<Reference> references = new ArrayList<>();
        for (Path file : files(SOURCES, ".java")) {
            Path relative = SOURCES.relativize(file);
            if (relative.getNameCount() < 2) {
                continue; // the application class belongs to no module
            }
            String module = relative.getName(0).toString();
            for (JavaStrings.Literal literal : JavaStrings.of(read(file))) {
                Matcher m = QUALIFIED.matcher(literal.text());
                while (m.find()) {
                    if (objects.contains(m.group(1) + "." + m.group(2))) {
                        int line = literal.line() + count(literal.text().substring(0, m.start()), '\n');
                        references.add(new Reference(module, file.toString(), line, m.group(1), m.group(2)));
                    }
                }
            }
        }
        return references;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
