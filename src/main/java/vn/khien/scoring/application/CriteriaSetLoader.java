package vn.khien.scoring.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the criteria sets shipped in the repository ({@code scoring/criteria-sets/*.yaml}) at start,
 * before the demo uses them. A shipped file whose version a campaign already uses is left as stored
 * (frozen): changing a used set means a new version number.
 */
@Component
@Order(7)
class CriteriaSetLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CriteriaSetLoader.class);

    private final CriteriaSetCatalogue catalogue;
    private final Clock clock;

    CriteriaSetLoader(CriteriaSetCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (Resource file :
                new PathMatchingResourcePatternResolver().getResources("classpath*:scoring/criteria-sets/*.yaml")) {
            String content;
            try (var in = file.getInputStream()) {
                content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!catalogue.store(content, "REPOSITORY", "system", Instant.now(clock))) {
                log.warn(
                        "{} changed but its version is used by a campaign and frozen: give it a new version",
                        file.getFilename());
            }
        }
    }
}
