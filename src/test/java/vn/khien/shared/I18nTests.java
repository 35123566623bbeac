package vn.khien.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Vietnamese first, English second: every text is a message key that exists in both languages. */
class I18nTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Pattern ELEMENT_WITH_TEXT =
            Pattern.compile("<([a-zA-Z0-9]+)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*\\p{L}[^<]*)<");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (String bundle : bundles()) {
            Set<String> vietnamese = load(bundle + ".properties").stringPropertyNames();
            Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
            assertThat(difference(vietnamese, english))
                    .as("keys of %s missing in English", bundle)
                    .isEmpty();
            assertThat(difference(english, vietnamese))
                    .as("keys of %s missing in Vietnamese", bundle)
                    .isEmpty();
        }
    }

    @Test
    void noMessageIsLeftEmpty() throws IOException {
        for (String bundle : bundleFiles()) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as(bundle)
                    .allSatisfy(
                            key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = ELEMENT_WITH_TEXT.matcher(Files.readString(template));
            while (m.find()) {
                String attributes = m.group(2);
                boolean replaced = attributes.matches("(?s).*th:(u?text|replace|insert|errors|remove)=.*");
                if (!replaced && !m.group(1).equals("script") && !m.group(1).equals("style")) {
                    literals.add(
                            TEMPLATES.relativize(template) + ": " + m.group(3).strip());
                }
            }
        }
        assertThat(literals).as("literal text in templates").isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesExistsInBothLanguages() throws IOException {
        Set<String> vietnamese = allKeys("");
        Set<String> english = allKeys("_en");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = STATIC_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!vietnamese.contains(m.group(1)) || !english.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyBundleIsConfiguredAndNoKeyIsInTwoBundles() throws IOException {
        String configured = Files.readString(Path.of("src/main/resources/application.yaml"));
        Set<String> seen = new TreeSet<>();
        for (String bundle : bundles()) {
            assertThat(configured).as("spring.messages.basename").contains(bundle);
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key))
                        .as("%s defined again in %s", key, bundle)
                        .isTrue();
            }
        }
    }

    /** Every bundle under messages/, named by its Vietnamese file (the default language). */
    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.endsWith("_en.properties"))
                    .map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> bundleFiles() throws IOException {
        return bundles().stream()
                .flatMap(b -> Stream.of(b + ".properties", b + "_en.properties"))
                .toList();
    }

    private static Set<String> allKeys(String suffix) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : bundles()) {
            keys.addAll(load(bundle + suffix + ".properties").stringPropertyNames());
        }
        return keys;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = I18nTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
