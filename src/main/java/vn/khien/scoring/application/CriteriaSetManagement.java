package vn.khien.scoring.application;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.scoring.CriteriaSetStored;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.CriteriaSetFormatException;
import vn.khien.scoring.domain.CriteriaSetParser;
import vn.khien.scoring.domain.PublishedSnapshot;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/**
 * The coordinator stores a set version from its YAML text (the same format as the shipped sets). A
 * version a campaign uses is frozen: storing it again is refused. Editing by form and XLSX is to come.
 */
@Service
public class CriteriaSetManagement {

    /** The stored set's code and version. */
    public record StoredKey(String code, int version) {}

    private final CriteriaSetCatalogue catalogue;
    private final ScoringAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CriteriaSetManagement(
            CriteriaSetCatalogue catalogue, ScoringAccess access, ApplicationEventPublisher events, Clock clock) {
        this.catalogue = catalogue;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public StoredKey store(String yaml) {
        access.viewer().requireCoordinator();
        if (yaml == null || yaml.isBlank() || yaml.length() > 200_000) {
            throw new InvalidInputException("content", "scoring.set.content-required");
        }
        CriteriaSet set;
        try {
            set = CriteriaSetParser.parse(yaml);
        } catch (CriteriaSetFormatException e) {
            throw new InvalidInputException("content", "scoring.set.invalid", e.getMessage());
        }
        if (!catalogue.store(yaml, "COORDINATOR", Actor.current(), Instant.now(clock))) {
            throw new ConflictException("version", "scoring.set.frozen");
        }
        events.publishEvent(new CriteriaSetStored(set.code(), set.version(), PublishedSnapshot.sha256(yaml)));
        return new StoredKey(set.code(), set.version());
    }
}
