package vn.khien;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 23 item 6: the sample deployment in {@code deploy/} is read by the build, so a broken indent, a
 * Kubernetes object without kind or name, or an environment variable Khiên does not read fails here
 * rather than at an operator's {@code kubectl apply}.
 */
class DeployManifestsTests {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Pattern KHIEN_VARIABLE = Pattern.compile("KHIEN_[A-Z_]+");

    @Test
    void everyYamlFileUnderDeployParses() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("compose.yaml", "deployment.yaml");
        for (Path file : files) {
            assertThat(documents(file)).as(file.toString()).isNotEmpty().doesNotContainNull();
        }
    }

    @Test
    void everyKubernetesObjectHasAKindAndANameAndTheWorkloadNeededByAnOperator() throws IOException {
        List<String> kinds = new ArrayList<>();
        for (Path file : yamlFiles()) {
            if (!file.startsWith(DEPLOY.resolve("kubernetes"))) {
                continue;
            }
            for (Map<String, Object> object : documents(file)) {
                assertThat(object).as(file.toString()).containsKeys("apiVersion", "kind");
                kinds.add((String) object.get("kind"));
                if (!"Kustomization".equals(object.get("kind"))) {
                    assertThat(object.get("metadata"))
                            .as(file + ": metadata.name")
                            .isInstanceOf(Map.class);
                    assertThat(((Map<?, ?>) object.get("metadata")).get("name")).isNotNull();
                }
            }
        }
        assertThat(kinds)
                .contains(
                        "Deployment",
                        "Service",
                        "PodDisruptionBudget",
                        "ConfigMap",
                        "Secret",
                        "PersistentVolumeClaim",
                        "Kustomization");
    }

    @Test
    void theDeploymentChecksLivenessAndReadinessAndNeverRunsAsRoot() throws IOException {
        String deployment = Files.readString(DEPLOY.resolve("kubernetes/deployment.yaml"));
        assertThat(deployment)
                .contains("path: /actuator/health/liveness")
                .contains("path: /actuator/health/readiness")
                .contains("runAsNonRoot: true");
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<user>10001:0</user>");
    }

    @Test
    void theDeploymentsSetOnlyVariablesKhienReads() throws IOException {
        String configuration = Files.readString(Path.of("src/main/resources/application.yaml"));
        for (Path file : yamlFiles()) {
            var variables = KHIEN_VARIABLE.matcher(Files.readString(file));
            while (variables.find()) {
                assertThat(configuration)
                        .as(file + " sets " + variables.group() + ", which application.yaml does not read")
                        .contains("${" + variables.group() + ":");
            }
        }
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }
}
