package vn.khien.compliance.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.PolicyPackLoaded;
import vn.khien.compliance.domain.PackParser;
import vn.khien.compliance.domain.PolicyPack;
import vn.khien.compliance.evaluation.ObligationEvaluator;

/**
 * Stores the packs shipped in the repository ({@code compliance/packs/*.yaml}) as new versions when
 * their version number is not stored yet, before anything evaluates them. A coordinator's edits are
 * stored versions too and are never overwritten by a start.
 */
@Component
@Order(5)
class PackLoader implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final PackCatalogue catalogue;
    private final ObligationEvaluator evaluator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PackLoader(
            JdbcClient jdbc,
            PackCatalogue catalogue,
            ObligationEvaluator evaluator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.evaluator = evaluator;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (Resource file :
                new PathMatchingResourcePatternResolver().getResources("classpath*:compliance/packs/*.yaml")) {
            store(read(file));
        }
        catalogue.reload();
    }

    private void store(String content) {
        int version = PackParser.versionOf(content);
        PolicyPack pack = PackParser.parse(content, version);
        evaluator.check(pack);
        boolean stored =
                jdbc.sql("SELECT count(*) FROM compliance.policy_pack WHERE code = :code AND version = :version")
                                .param("code", pack.code())
                                .param("version", version)
                                .query(Integer.class)
                                .single()
                        > 0;
        if (!stored) {
            PackVersions.insert(
                    jdbc, pack, pack.appliesFrom(), content, "REPOSITORY", "system", Instant.now(clock), null);
            events.publishEvent(new PolicyPackLoaded(pack.code(), version, pack.appliesFrom(), "REPOSITORY", null));
        }
    }

    private static String read(Resource file) {
        try (var in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
