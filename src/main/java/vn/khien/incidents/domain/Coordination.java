package vn.khien.incidents.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.khien.incidents.IndicatorKind;
import vn.khien.incidents.PartyKind;
import vn.khien.incidents.Tlp;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * The coordination side of an incident: responders, named viewers, parties, tasks, indicators,
 * files and clocks. A view onto the aggregate's own collections; every change goes on its timeline.
 */
public final class Coordination {

    private final Incident incident;
    private final Set<Responder> responders;
    private final Set<NamedViewer> viewers;
    private final List<Party> parties;
    private final List<Task> tasks;
    private final List<Indicator> indicators;
    private final List<IncidentFile> files;
    private final List<Clock> clocks;

    @SuppressWarnings("java:S107")
    Coordination(
            Incident incident,
            Set<Responder> responders,
            Set<NamedViewer> viewers,
            List<Party> parties,
            List<Task> tasks,
            List<Indicator> indicators,
            List<IncidentFile> files,
            List<Clock> clocks) {
        this.incident = incident;
        this.responders = responders;
        this.viewers = viewers;
        this.parties = parties;
        this.tasks = tasks;
        this.indicators = indicators;
        this.files = files;
        this.clocks = clocks;
    }

    public void assign(String actor, Instant now, String responder) {
        incident.requireOpen();
        if (responders.add(new Responder(responder))) {
            incident.note(now, actor, "ASSIGNED", responder);
            incident.changed("incidents.incident.assigned", responder);
        }
    }

    /** Names a person who may see the incident while it is RED. */
    public void nameViewer(String actor, Instant now, String username) {
        if (viewers.add(new NamedViewer(username))) {
            incident.note(now, actor, "VIEWER_NAMED", username);
            incident.changed("incidents.incident.viewer-named", username);
        }
    }

    public Party addParty(
            String actor,
            Instant now,
            PartyKind kind,
            String organisationCode,
            String name,
            Tlp clearedTlp,
            String asked) {
        incident.requireOpen();
        if (organisationCode != null && parties.stream().anyMatch(p -> organisationCode.equals(p.organisationCode()))) {
            throw new ConflictException("organisationCode", "incidents.error.party-duplicate");
        }
        var party = new Party(UUID.randomUUID(), kind, organisationCode, name, clearedTlp, asked, now, null, null);
        parties.add(party);
        incident.note(now, actor, "PARTY_ASKED", name + (asked == null ? "" : ": " + asked));
        incident.changed("incidents.party.asked", kind + " " + (organisationCode == null ? name : organisationCode));
        return party;
    }

    public void recordAnswer(String actor, Instant now, UUID partyRef, String answer) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidInputException("answer", "incidents.error.required");
        }
        Party party = parties.stream()
                .filter(p -> p.ref().equals(partyRef))
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("incident-party", partyRef.toString()));
        parties.set(parties.indexOf(party), party.answered(answer.strip(), now));
        incident.note(now, actor, "PARTY_ANSWERED", party.name() + ": " + answer.strip());
        incident.changed("incidents.party.answered", party.kind().name());
    }

    static final int TASK_TITLE_MAX = 500;

    static final int TASK_OWNER_MAX = 300;

    public Task addTask(String actor, Instant now, String title, String owner, PartyKind partyKind, LocalDate dueOn) {
        incident.requireOpen();
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "incidents.error.required");
        }
        if (owner == null || owner.isBlank()) {
            throw new InvalidInputException("owner", "incidents.error.required");
        }
        // the widths of incidents.incident_task: longer text failed in the database as a 500
        if (title.strip().length() > TASK_TITLE_MAX) {
            throw new InvalidInputException("title", "incidents.error.longer-than", TASK_TITLE_MAX);
        }
        if (owner.strip().length() > TASK_OWNER_MAX) {
            throw new InvalidInputException("owner", "incidents.error.longer-than", TASK_OWNER_MAX);
        }
        var task = new Task(UUID.randomUUID(), title.strip(), owner.strip(), partyKind, dueOn, null);
        tasks.add(task);
        incident.note(now, actor, "TASK_ADDED", task.title() + " → " + task.owner());
        incident.changed("incidents.task.added", task.owner());
        return task;
    }

    public void completeTask(String actor, Instant now, UUID ref) {
        Task task = tasks.stream()
                .filter(t -> t.ref().equals(ref))
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("incident-task", ref.toString()));
        if (task.doneAt() != null) {
            throw new ConflictException("task", "incidents.error.task-done");
        }
        tasks.set(tasks.indexOf(task), task.done(now));
        incident.note(now, actor, "TASK_DONE", task.title());
        incident.changed("incidents.task.done", task.owner());
    }

    public void addIndicator(String actor, Instant now, IndicatorKind kind, String normalisedValue) {
        var indicator = new Indicator(kind, normalisedValue);
        if (indicators.contains(indicator)) {
            throw new ConflictException("value", "incidents.error.indicator-duplicate");
        }
        indicators.add(indicator);
        incident.note(now, actor, "INDICATOR", kind + " " + normalisedValue);
        incident.changed("incidents.indicator.added", kind.name());
    }

    public void attach(Instant now, IncidentFile file) {
        files.add(file);
        incident.note(now, file.uploadedBy(), "FILE", file.fileName());
        incident.changed("incidents.file.attached", file.fileName() + " " + file.sha256());
    }

    /** The notice or report of a clock was sent: the clock is met now (late if past due). */
    public void recordSent(String actor, Instant now, String ruleId) {
        Clock clock = clocks.stream()
                .filter(c -> c.ruleId().equals(ruleId) && c.metAt() == null)
                .findFirst()
                .orElseThrow(() -> new ConflictException("clock", "incidents.error.clock-not-open"));
        clocks.set(clocks.indexOf(clock), clock.met(now));
        incident.note(now, actor, "CLOCK_MET", clock.nameVi());
        incident.changed("incidents.clock.met", "clock=" + clock.nameVi() + ", sentAt=" + now);
    }

    public Set<String> responders() {
        return responders.stream().map(Responder::username).collect(java.util.stream.Collectors.toSet());
    }

    public Set<String> viewers() {
        return viewers.stream().map(NamedViewer::username).collect(java.util.stream.Collectors.toSet());
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    public List<Task> tasks() {
        return List.copyOf(tasks);
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    public List<IncidentFile> files() {
        return List.copyOf(files);
    }

    public List<Clock> clocks() {
        return List.copyOf(clocks);
    }
}
