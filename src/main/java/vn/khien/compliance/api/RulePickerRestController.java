package vn.khien.compliance.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khien.compliance.application.PackCatalogue;
import vn.khien.shared.web.PickerOption;

/**
 * The rule picker's choices: the rules owed today, found by id or by title in the reader's language. The
 * rules are the law's and the province's, public to every signed-in user, so no scope applies.
 */
@RestController
class RulePickerRestController {

    private final PackCatalogue catalogue;
    private final Clock clock;

    RulePickerRestController(PackCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/pickers/rules")
    List<PickerOption> rules(
            @RequestParam(required = false) String q, @RequestParam(required = false) String code, Locale locale) {
        String text = code != null ? code : q;
        if (!PickerOption.searchable(text)) {
            return PickerOption.none();
        }
        return catalogue.findRules(text, code != null, LocalDate.now(clock), locale, PickerOption.LIMIT).stream()
                .map(r -> new PickerOption(r.id(), r.title(), r.id()))
                .toList();
    }
}
