package vn.khien.scoring.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.ObligationTallies;
import vn.khien.scoring.CriteriaSetStored;
import vn.khien.scoring.SetDraft;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.CriteriaSetFormatException;
import vn.khien.scoring.domain.CriteriaSetParser;
import vn.khien.scoring.domain.CriteriaSetWriter;
import vn.khien.scoring.domain.InvalidDraftException;
import vn.khien.scoring.domain.PublishedSnapshot;
import vn.khien.scoring.domain.SetDrafts;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;
import vn.khien.shared.ObjectNotFoundException;

/**
 * The coordinator keeps the criteria sets: stores a version from its YAML text (the same format as the
 * shipped sets), edits a draft version in a form, copies a version into the next one for a new year. A
 * version a campaign uses is frozen: changing it is refused. Whatever the way in, the version is
 * stored as YAML and audited ({@link CriteriaSetStored} with the text's SHA-256).
 */
@Service
public class CriteriaSetManagement {

    static final String TYPE = "scoring-criteria-set";

    /** The stored set's code and version. */
    public record StoredKey(String code, int version) {}

    private final CriteriaSetCatalogue catalogue;
    private final ScoringAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObligationTallies tallies;

    CriteriaSetManagement(
            CriteriaSetCatalogue catalogue,
            ScoringAccess access,
            ApplicationEventPublisher events,
            Clock clock,
            ObligationTallies tallies) {
        this.catalogue = catalogue;
        this.tallies = tallies;
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
        try {
            CriteriaSetParser.parse(yaml);
        } catch (CriteriaSetFormatException e) {
            throw new InvalidInputException("content", "scoring.set.invalid", e.getMessage());
        }
        return keep(yaml, "COORDINATOR");
    }

    /** Saves the edited draft over the stored version {@code code}/{@code version}, unless it is frozen. */
    @Transactional
    public StoredKey save(String code, int version, SetDraft draft) {
        access.viewer().requireCoordinator();
        var stored = catalogue.find(code, version).orElseThrow(() -> notFound(code, version));
        if (stored.frozen()) {
            throw new ConflictException("version", "scoring.set.frozen");
        }
        return keep(CriteriaSetWriter.yaml(built(draft.identified(code, version))), "FORM");
    }

    /**
     * A new draft version (the code's next number) with the content of {@code code}/{@code version},
     * applying from {@code year} (to the source's last year, or that year when later).
     */
    @Transactional
    public StoredKey copy(String code, int version, Integer year) {
        access.viewer().requireCoordinator();
        CriteriaSet source = catalogue
                .find(code, version)
                .orElseThrow(() -> notFound(code, version))
                .set();
        if (year == null || year < 2000 || year > 2100) { // the years a draft may have (SetDrafts)
            throw new InvalidInputException("year", "scoring.sets.copy-year-invalid");
        }
        int next = catalogue.latest(code).orElseThrow().set().version() + 1;
        CriteriaSet copy = new CriteriaSet(
                source.code(),
                next,
                source.title(),
                year,
                Math.max(year, source.yearTo()),
                source.agencyKinds(),
                source.groups(),
                source.grades());
        return keep(CriteriaSetWriter.yaml(copy), "COPY");
    }

    /** Stores a whole set read from a file (a new version, or a draft version replaced). */
    @Transactional
    public StoredKey storeSet(CriteriaSet set, String source) {
        access.viewer().requireCoordinator();
        return keep(CriteriaSetWriter.yaml(set), source);
    }

    /** The set a draft describes, or every problem on its field. */
    static CriteriaSet built(SetDraft draft) {
        try {
            return SetDrafts.build(draft);
        } catch (InvalidDraftException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(p.path(), p.messageKey(), p.arguments()))
                    .toList());
        }
    }

    private StoredKey keep(String yaml, String source) {
        CriteriaSet set = CriteriaSetParser.parse(yaml);
        requireKnownRules(set);
        if (!catalogue.store(yaml, source, Actor.current(), Instant.now(clock))) {
            throw new ConflictException("version", "scoring.set.frozen");
        }
        events.publishEvent(new CriteriaSetStored(set.code(), set.version(), PublishedSnapshot.sha256(yaml)));
        return new StoredKey(set.code(), set.version());
    }

    /** A criterion counting the obligations of a rule no pack has would count nothing, silently. */
    private void requireKnownRules(CriteriaSet set) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int g = 0; g < set.groups().size(); g++) {
            var criteria = set.groups().get(g).criteria();
            for (int c = 0; c < criteria.size(); c++) {
                for (String rule : criteria.get(c).rules()) {
                    if (!tallies.namesRules(rule)) {
                        problems.add(new FieldProblem(
                                "groups[" + g + "].criteria[" + c + "].rules",
                                "scoring.edit.rules-unknown",
                                List.of(rule)));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static ObjectNotFoundException notFound(String code, int version) {
        return new ObjectNotFoundException(TYPE, code + "/" + version);
    }
}
