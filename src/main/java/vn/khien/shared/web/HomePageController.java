package vn.khien.shared.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.khien.shared.HomeCard;

/** The home page: what the signed-in user can act on, gathered from every module. */
@Controller
class HomePageController {

    private final List<HomeCard> cards;

    HomePageController(List<HomeCard> cards) {
        this.cards = cards;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        var roles = LayoutAdvice.currentRoles();
        List<HomeCard.Item> items = cards.stream()
                .flatMap(card -> card.itemsFor(principal.getName(), roles).stream())
                .sorted(Comparator.comparingInt(HomeCard.Item::order))
                .toList();
        model.addAttribute("items", items);
        return "home";
    }
}
