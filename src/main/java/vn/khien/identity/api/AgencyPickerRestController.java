package vn.khien.identity.api;

import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencySummary;
import vn.khien.identity.AgencyChoices;
import vn.khien.shared.web.PickerOption;

/**
 * The agency picker's choices: the agencies the signed-in user may pick (their scope), searched by
 * code or name, or the one chosen already by its code (to show its name). {@code services} adds the
 * security service organisations, as the forms that name a provider or an assessor do.
 */
@RestController
class AgencyPickerRestController {

    private final AgencyChoices choices;

    AgencyPickerRestController(AgencyChoices choices) {
        this.choices = choices;
    }

    @GetMapping("/pickers/agencies")
    List<PickerOption> agencies(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String code,
            @RequestParam(defaultValue = "false") boolean services) {
        Set<AgencyKind> kinds = services ? AgencyChoices.SECURITY_SERVICES : Set.of();
        if (code != null) {
            return choices.choice(code, kinds).map(AgencyPickerRestController::option).stream()
                    .toList();
        }
        if (!PickerOption.searchable(q)) {
            return PickerOption.none();
        }
        return choices.search(q, kinds, PickerOption.LIMIT).stream()
                .map(AgencyPickerRestController::option)
                .toList();
    }

    private static PickerOption option(AgencySummary agency) {
        return new PickerOption(agency.code(), agency.name(), agency.code());
    }
}
