package vn.khien.compliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.compliance.PolicyPackLoaded;
import vn.khien.compliance.domain.LineDiff;
import vn.khien.compliance.domain.PackFormatException;
import vn.khien.compliance.domain.PackParser;
import vn.khien.compliance.domain.PolicyPack;
import vn.khien.compliance.evaluation.ObligationEvaluator;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * The coordinator's edits to a pack: checked like a shipped pack, stored as the next version from an
 * effective day (today or later — past answers stay as they were given), then evaluated at once.
 */
@Service
public class PackManagement {

    /** What the coordinator submits. */
    public record PackEdit(String content, LocalDate effectiveFrom, String note) {}

    private final JdbcClient jdbc;
    private final PackCatalogue catalogue;
    private final ObligationEvaluator evaluator;
    private final ObligationRecompute recompute;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PackManagement(
            JdbcClient jdbc,
            PackCatalogue catalogue,
            ObligationEvaluator evaluator,
            ObligationRecompute recompute,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.evaluator = evaluator;
        this.recompute = recompute;
        this.events = events;
        this.clock = clock;
    }

    /** The differences between the latest stored version and the edit, after checking the edit. */
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public List<LineDiff.Line> preview(String code, PackEdit edit) {
        check(code, edit, 0);
        return LineDiff.between(latest(code).content(), edit.content());
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public int save(String code, PackEdit edit) {
        int version = latest(code).pack().version() + 1;
        PolicyPack pack = check(code, edit, version);
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        PackVersions.insert(
                jdbc, pack, edit.effectiveFrom(), edit.content(), "EDITED", by, clock.instant(), edit.note());
        events.publishEvent(new PolicyPackLoaded(code, version, edit.effectiveFrom(), "EDITED", edit.note()));
        catalogue.reload();
        recompute.all();
        return version;
    }

    private PackCatalogue.StoredVersion latest(String code) {
        return catalogue.history(code).stream()
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("policy-pack", code));
    }

    private PolicyPack check(String code, PackEdit edit, int version) {
        latest(code);
        if (edit.effectiveFrom() == null || edit.effectiveFrom().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("effectiveFrom", "compliance.pack.effective.future");
        }
        try {
            PolicyPack pack = PackParser.parse(edit.content() == null ? "" : edit.content(), Math.max(version, 1));
            if (!pack.code().equals(code)) {
                throw new PackFormatException("the code must stay " + code);
            }
            evaluator.check(pack);
            return pack;
        } catch (PackFormatException e) {
            throw new InvalidInputException("content", "compliance.pack.invalid", e.getMessage());
        }
    }
}
