package vn.khien.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.khien.identity.application.ApiTokenManagement;
import vn.khien.sharing.application.CollectionManagement;
import vn.khien.support.SignedIn;

/**
 * The OASIS TAXII 2.1 client ({@code taxii2client}, run by Debian's Python from {@code
 * ../shared/interop/python}) against Khiên's TAXII server on this test's port: discovery, API roots,
 * collections, adding objects and polling their status, paging with {@code next}, the manifest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaxiiClientInteropTests {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static final String CLIENT = """
            import json, sys
            from taxii2client.v21 import Server, as_pages
            url, token, collection_id = sys.argv[1:4]
            server = Server(url, user="taxii", password=token)
            out = {"title": server.title, "api_roots": [r.url for r in server.api_roots]}
            root = [r for r in server.api_roots if r.url.endswith("/peers/")][0]
            out["versions"] = root.versions
            out["collections"] = [c.id for c in root.collections]
            collection = [c for c in root.collections if c.id == collection_id][0]
            out["can_write"] = collection.can_write
            objects = [{"type": "indicator", "spec_version": "2.1", "id": "indicator--%s" % i,
                        "created": "2026-11-01T00:00:00.000Z", "modified": "2026-11-01T00:00:00.000Z",
                        "pattern": "[ipv4-addr:value = '198.51.100.%d']" % n, "pattern_type": "stix",
                        "valid_from": "2026-11-01T00:00:00.000Z",
                        "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}
                       for n, i in enumerate(sys.argv[4:])]
            status = collection.add_objects(json.dumps({"objects": objects}))
            out["status"] = status.status
            out["success_count"] = status.success_count
            status.refresh()
            out["polled_status"] = status.status
            out["paged"] = [o["id"] for page in as_pages(collection.get_objects, per_request=2)
                            for o in page.get("objects", [])]
            out["pages"] = len(list(as_pages(collection.get_objects, per_request=2)))
            out["manifest"] = [m["id"] for m in collection.get_manifest().get("objects", [])]
            print(json.dumps(out))
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    CollectionManagement collections;

    @Autowired
    UserDetailsService users;

    @TempDir
    Path work;

    @Test
    void theOasisClientDiscoversListsAddsPollsAndPagesThroughKhiensServer() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 is absent: skipped");
        Path library = Interop.interop("python").toAbsolutePath().normalize();
        SignedIn.inSecurityContext(users, "dieuphoi");
        String token;
        UUID collection;
        try {
            token = tokens.issue(SharingTestSupport.NATIONAL, "taxii2client").token();
            collection = collections.open("peers", "Interop " + UUID.randomUUID(), null, "INBOUND");
            collections.grant(collection, SharingTestSupport.NATIONAL, true, true);
        } finally {
            SecurityContextHolder.clearContext();
        }
        List<String> ids = List.of(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        Path script = work.resolve("client.py");
        Files.writeString(script, CLIENT);
        List<String> command = new java.util.ArrayList<>(List.of(
                PYTHON.toString(),
                script.toString(),
                "http://127.0.0.1:" + port + "/taxii2/",
                token,
                collection.toString()));
        command.addAll(ids);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("PYTHONPATH", library.toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();

        List<String> stixIds = ids.stream().map(i -> "indicator--" + i).toList();
        assertThat(JsonPath.<List<String>>read(out, "$.api_roots"))
                .containsExactly(
                        "http://127.0.0.1:" + port + "/taxii2/province/",
                        "http://127.0.0.1:" + port + "/taxii2/national/",
                        "http://127.0.0.1:" + port + "/taxii2/peers/");
        assertThat(JsonPath.<List<String>>read(out, "$.versions"))
                .containsExactly("application/taxii+json;version=2.1");
        assertThat(JsonPath.<List<String>>read(out, "$.collections")).contains(collection.toString());
        assertThat(JsonPath.<Boolean>read(out, "$.can_write")).isTrue();
        assertThat(JsonPath.<String>read(out, "$.status")).isEqualTo("complete");
        assertThat(JsonPath.<Integer>read(out, "$.success_count")).isEqualTo(5);
        assertThat(JsonPath.<String>read(out, "$.polled_status")).isEqualTo("complete");
        assertThat(JsonPath.<List<String>>read(out, "$.paged")).containsExactlyElementsOf(stixIds);
        assertThat(JsonPath.<Integer>read(out, "$.pages")).isEqualTo(3);
        assertThat(JsonPath.<List<String>>read(out, "$.manifest")).containsExactlyElementsOf(stixIds);
    }
}
