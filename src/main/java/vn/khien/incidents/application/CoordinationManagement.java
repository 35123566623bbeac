package vn.khien.incidents.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.incidents.IncidentCoordination;
import vn.khien.incidents.IndicatorKind;
import vn.khien.incidents.PartyKind;
import vn.khien.incidents.Tlp;
import vn.khien.incidents.domain.IncidentFile;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.files.AllowedType;
import vn.khien.shared.files.FileStore;

/** Tasks, parties, indicators, files, comments and sent notices on an incident. */
@Service
public class CoordinationManagement implements IncidentCoordination {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}");

    private final IncidentLoader loader;
    private final FileStore files;
    private final long maxFileBytes;
    private final Clock clock;

    CoordinationManagement(IncidentLoader loader, FileStore files, IncidentSettings settings, Clock clock) {
        this.loader = loader;
        this.files = files;
        this.maxFileBytes = Math.min(settings.maxFileBytes(), files.maxUploadBytes());
        this.clock = clock;
    }

    @Transactional
    public void assign(String reference, String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "incidents.error.required");
        }
        var loaded = loader.forTeam(reference);
        loaded.incident().coordination().assign(loaded.viewer().actor(), clock.instant(), username.strip());
        loader.save(loaded.incident());
    }

    @Transactional
    public void nameViewer(String reference, String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "incidents.error.required");
        }
        var loaded = loader.forTeam(reference);
        loaded.incident().coordination().nameViewer(loaded.viewer().actor(), clock.instant(), username.strip());
        loader.save(loaded.incident());
    }

    @Transactional
    public UUID addParty(
            String reference, PartyKind kind, String organisationCode, String name, Tlp clearedTlp, String asked) {
        if (kind == null) {
            throw new InvalidInputException("kind", "incidents.error.required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "incidents.error.required");
        }
        var loaded = loader.forTeam(reference);
        var party = loaded.incident()
                .coordination()
                .addParty(
                        loaded.viewer().actor(),
                        clock.instant(),
                        kind,
                        organisationCode == null || organisationCode.isBlank() ? null : organisationCode.strip(),
                        name.strip(),
                        clearedTlp == null ? Tlp.GREEN : clearedTlp,
                        asked == null || asked.isBlank() ? null : asked.strip());
        loader.save(loaded.incident());
        return party.ref();
    }

    /** The team records a party's answer, or the party answers for itself. */
    @Transactional
    public void recordAnswer(String reference, UUID party, String answer) {
        var loaded = loader.visible(reference);
        var coordination = loaded.incident().coordination();
        boolean ownParty = coordination.parties().stream()
                .anyMatch(p -> p.ref().equals(party)
                        && p.organisationCode() != null
                        && p.organisationCode().equals(loaded.viewer().organisation()));
        if (!IncidentAccess.team(loaded.viewer()) && !ownParty) {
            throw new AccessDeniedException("only the team or the party itself records an answer");
        }
        coordination.recordAnswer(loaded.viewer().actor(), clock.instant(), party, answer);
        loader.save(loaded.incident());
    }

    @Transactional
    public UUID addTask(String reference, String title, String owner, PartyKind partyKind, LocalDate dueOn) {
        var loaded = loader.forTeam(reference);
        var task = loaded.incident()
                .coordination()
                .addTask(loaded.viewer().actor(), clock.instant(), title, owner, partyKind, dueOn);
        loader.save(loaded.incident());
        return task.ref();
    }

    @Transactional
    public void completeTask(String reference, UUID task) {
        var loaded = loader.forTeam(reference);
        loaded.incident().coordination().completeTask(loaded.viewer().actor(), clock.instant(), task);
        loader.save(loaded.incident());
    }

    @Transactional
    public void addIndicator(String reference, IndicatorKind kind, String value) {
        String normalised = normalise(kind, value);
        var loaded = loader.forContributor(reference);
        loaded.incident().coordination().addIndicator(loaded.viewer().actor(), clock.instant(), kind, normalised);
        loader.save(loaded.incident());
    }

    /** A comment is appended to the timeline on its own: the incident is read, not saved. */
    @Transactional
    public void comment(String reference, String text) {
        var loaded = loader.forContributor(reference);
        loader.append(loaded.incident().comment(loaded.viewer().actor(), clock.instant(), text));
    }

    /** Attaches a file (size limit {@code khien.incidents.max-file-bytes}, type checked by content). */
    @Transactional
    public UUID attach(String reference, String fileName, InputStream content) {
        var loaded = loader.forContributor(reference);
        var stored = files.store(content, fileName, EnumSet.allOf(AllowedType.class), maxFileBytes);
        var file = new IncidentFile(
                UUID.randomUUID(),
                stored.sha256(),
                stored.filename(),
                stored.mediaType(),
                stored.sizeBytes(),
                loaded.viewer().actor(),
                clock.instant());
        loaded.incident().coordination().attach(clock.instant(), file);
        loader.save(loaded.incident());
        return file.ref();
    }

    /** The notice or report a clock asks for was sent now. */
    @Transactional
    public void recordSent(String reference, String clockRuleId) {
        var loaded = loader.forTeam(reference);
        loaded.incident().coordination().recordSent(loaded.viewer().actor(), clock.instant(), clockRuleId);
        loader.save(loaded.incident());
    }

    static String normalise(IndicatorKind kind, String value) {
        if (kind == null) {
            throw new InvalidInputException("kind", "incidents.error.required");
        }
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        boolean valid = switch (kind) {
            case IP -> IPV4.matcher(v).matches() || (v.contains(":") && v.matches("[0-9a-f:]{2,39}"));
            case DOMAIN -> v.length() <= 253 && DOMAIN.matcher(v).matches();
            case FILE_HASH -> HASH.matcher(v).matches();
        };
        if (!valid) {
            throw new InvalidInputException("value", "incidents.error.indicator-invalid");
        }
        return v;
    }
}
