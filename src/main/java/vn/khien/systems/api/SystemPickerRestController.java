package vn.khien.systems.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.shared.Paging;
import vn.khien.shared.web.PickerOption;
import vn.khien.systems.application.SystemFilter;
import vn.khien.systems.application.SystemQueries;
import vn.khien.systems.application.SystemRow;

/**
 * The system picker's choices: systems the signed-in user may see (the system list's own access rule),
 * searched by code or name, optionally of one owner; or the one chosen already, by its exact code.
 */
@RestController
class SystemPickerRestController {

    private final SystemQueries systems;

    SystemPickerRestController(SystemQueries systems) {
        this.systems = systems;
    }

    @GetMapping("/pickers/systems")
    List<PickerOption> systems(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String owner) {
        String text = code != null ? code : q;
        if (!PickerOption.searchable(text)) {
            return PickerOption.none();
        }
        return systems
                .list(new SystemFilter(text, null, null, null, owner, null), Paging.of(0, PickerOption.LIMIT))
                .items()
                .stream()
                .filter(s -> code == null || s.code().equalsIgnoreCase(code.strip()))
                .map(SystemPickerRestController::option)
                .toList();
    }

    private static PickerOption option(SystemRow system) {
        return new PickerOption(system.code(), system.name(), system.code() + " · " + system.ownerName());
    }
}
