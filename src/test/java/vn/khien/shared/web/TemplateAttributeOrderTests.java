package vn.khien.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thymeleaf evaluates {@code th:if} before {@code th:with} on the same element, so a condition on a
 * variable that element defines always sees null: the dashboard's pagers and the obligations' evidence
 * links never showed (issue 21). No template may do that again.
 */
class TemplateAttributeOrderTests {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>", Pattern.DOTALL);
    private static final Pattern WITH = Pattern.compile("th:with=\"([^\"]*)\"");
    private static final Pattern CONDITION = Pattern.compile("th:(?:if|unless)=\"([^\"]*)\"");

    @Test
    void noElementTestsAVariableItsOwnThWithDefines() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher tag = TAG.matcher(Files.readString(file));
                while (tag.find()) {
                    if (testsOwnVariable(tag.group())) {
                        offenders.add(file + ": " + tag.group().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckRecognisesTheTrap() {
        assertThat(testsOwnVariable("<nav th:with=\"pages=${1 + 1}\" th:if=\"${pages > 1}\">"))
                .isTrue();
        assertThat(testsOwnVariable("<nav th:with=\"pages=${1 + 1}\" th:if=\"${shown}\">"))
                .isFalse();
    }

    private static boolean testsOwnVariable(String tag) {
        Matcher with = WITH.matcher(tag);
        Matcher condition = CONDITION.matcher(tag);
        if (!with.find() || !condition.find()) {
            return false;
        }
        String test = condition.group(1);
        return Arrays.stream(with.group(1).split(","))
                .filter(definition -> definition.contains("="))
                .map(definition ->
                        definition.substring(0, definition.indexOf('=')).strip())
                .anyMatch(name -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b")
                        .matcher(test)
                        .find());
    }
}
