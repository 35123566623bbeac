package vn.khien.incidents.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.incidents.ClassificationData;
import vn.khien.incidents.Impact;
import vn.khien.incidents.IncidentEffect;
import vn.khien.incidents.IncidentResponse.Transition;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.IndicatorKind;
import vn.khien.incidents.Pap;
import vn.khien.incidents.PartyKind;
import vn.khien.incidents.Tlp;
import vn.khien.incidents.application.CoordinationManagement;
import vn.khien.incidents.application.IncidentManagement;
import vn.khien.shared.web.PageActions;

/**
 * The actions on an incident's page. Each redirects back to the incident; a refusal shows its message
 * at the top and changes nothing.
 */
@Controller
@RequestMapping("/incidents/{reference}")
class IncidentActionPageController {

    private static final String COORDINATION = "coordination";

    private final IncidentManagement management;
    private final CoordinationManagement coordination;

    IncidentActionPageController(IncidentManagement management, CoordinationManagement coordination) {
        this.management = management;
        this.coordination = coordination;
    }

    @PostMapping("/transitions")
    String move(
            @PathVariable String reference,
            @RequestParam Transition action,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(reference, redirect, "incidents.moved", () -> management.move(reference, action, reason));
    }

    @PostMapping("/close")
    String close(
            @PathVariable String reference,
            @RequestParam(required = false) String rootCause,
            @RequestParam(required = false) String lessonsLearned,
            @RequestParam(required = false) String finalReport,
            RedirectAttributes redirect) {
        return act(
                reference,
                redirect,
                "incidents.closed",
                () -> management.close(reference, rootCause, lessonsLearned, finalReport));
    }

    @PostMapping("/classification")
    String classify(
            @PathVariable String reference,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) IncidentSeverity severity,
            @RequestParam(required = false) Impact impact,
            @RequestParam(required = false) Tlp tlp,
            @RequestParam(required = false) Pap pap,
            @RequestParam(required = false) Set<IncidentEffect> effects,
            @RequestParam(defaultValue = "false") boolean ownerCannotCope,
            @RequestParam(defaultValue = "false") boolean nationalCritical,
            RedirectAttributes redirect) {
        var data = new ClassificationData(type, severity, impact, tlp, pap, effects, ownerCannotCope, nationalCritical);
        return act(reference, redirect, "incidents.classified", () -> management.classify(reference, data));
    }

    @PostMapping("/tasks")
    String addTask(
            @PathVariable String reference,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) PartyKind partyKind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        return act(
                reference,
                COORDINATION,
                redirect,
                "incidents.task.added",
                () -> coordination.addTask(reference, title, owner, partyKind, dueOn));
    }

    @PostMapping("/tasks/{task}/done")
    String completeTask(@PathVariable String reference, @PathVariable UUID task, RedirectAttributes redirect) {
        return act(
                reference,
                COORDINATION,
                redirect,
                "incidents.task.completed",
                () -> coordination.completeTask(reference, task));
    }

    @PostMapping("/parties")
    String addParty(
            @PathVariable String reference,
            @RequestParam(required = false) PartyKind kind,
            @RequestParam(required = false) String organisationCode,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Tlp clearedTlp,
            @RequestParam(required = false) String asked,
            RedirectAttributes redirect) {
        return act(
                reference,
                COORDINATION,
                redirect,
                "incidents.party.added",
                () -> coordination.addParty(reference, kind, organisationCode, name, clearedTlp, asked));
    }

    @PostMapping("/parties/{party}/answer")
    String answer(
            @PathVariable String reference,
            @PathVariable UUID party,
            @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        return act(
                reference,
                COORDINATION,
                redirect,
                "incidents.party.answered",
                () -> coordination.recordAnswer(reference, party, answer));
    }

    @PostMapping("/indicators")
    String addIndicator(
            @PathVariable String reference,
            @RequestParam(required = false) IndicatorKind kind,
            @RequestParam(required = false) String value,
            RedirectAttributes redirect) {
        return act(
                reference,
                COORDINATION,
                redirect,
                "incidents.indicator.added",
                () -> coordination.addIndicator(reference, kind, value));
    }

    @PostMapping("/comments")
    String comment(
            @PathVariable String reference, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return act(reference, "timeline", redirect, "incidents.commented", () -> coordination.comment(reference, text));
    }

    @PostMapping("/responders")
    String assign(
            @PathVariable String reference,
            @RequestParam(required = false) String username,
            RedirectAttributes redirect) {
        return act(
                reference,
                COORDINATION,
                redirect,
                "incidents.assigned",
                () -> coordination.assign(reference, username));
    }

    @PostMapping("/viewers")
    String nameViewer(
            @PathVariable String reference,
            @RequestParam(required = false) String username,
            RedirectAttributes redirect) {
        return act(
                reference,
                COORDINATION,
                redirect,
                "incidents.viewer-named",
                () -> coordination.nameViewer(reference, username));
    }

    @PostMapping("/clocks/{rule}/sent")
    String sent(@PathVariable String reference, @PathVariable String rule, RedirectAttributes redirect) {
        return act(
                reference,
                "clocks",
                redirect,
                "incidents.clock.recorded",
                () -> coordination.recordSent(reference, rule));
    }

    @PostMapping("/files")
    String attach(@PathVariable String reference, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        var content = file.getInputStream();
        return act(
                reference,
                "documents",
                redirect,
                "incidents.file.attached",
                () -> coordination.attach(reference, file.getOriginalFilename(), content));
    }

    private static String act(String reference, RedirectAttributes redirect, String notice, Runnable action) {
        return act(reference, "overview", redirect, notice, action);
    }

    /** Back to the tab the form was on, with the notice or the problem. */
    private static String act(
            String reference, String tab, RedirectAttributes redirect, String notice, Runnable action) {
        String page = "/incidents/" + reference + (tab.equals("overview") ? "" : "?tab=" + tab);
        return PageActions.perform(page, redirect, notice, action);
    }
}
