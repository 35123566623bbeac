package vn.khien.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * The home page as each demo role sees it: no card announces zero things to do, no two cards share a
 * title, and a card that counts something opens a list with exactly that many rows.
 */
@KhienIntegrationTest
class HomeCardsIntegrationTests {

    private static final Pattern CARD =
            Pattern.compile("<h2 class=\"h5 card-title\">([^<]*)</h2>\\s*<p class=\"card-text\">([^<]*)</p>\\s*"
                    + "<a class=\"stretched-link\" href=\"([^\"]*)\"");
    private static final Pattern TOTAL = Pattern.compile("Tổng số: ([\\d.]+)");

    record Card(String title, String text, String path) {

        Long count() {
            Matcher number = Pattern.compile("^(?:Có )?([\\d.]+) ").matcher(text);
            return number.find() ? Long.parseLong(number.group(1).replace(".", "")) : null;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @ParameterizedTest
    @ValueSource(strings = {"dieuphoi", "giamdoc.sonv", "canbo.sonv", "ungcuu", "congan", "danhgia", "giamsat"})
    void everyCardCountsWhatItsListShowsAndNoneIsEmptyOrTwiceTitled(String user) throws Exception {
        List<Card> cards = cardsOf(user);

        assertThat(cards).as("cards of %s", user).isNotEmpty();
        assertThat(cards).extracting(Card::title).as("titles of %s", user).doesNotHaveDuplicates();
        for (Card card : cards) {
            if (card.count() == null) {
                continue; // a card that counts nothing (change your password, the year's campaign)
            }
            assertThat(card.count()).as("%s: %s", user, card.text()).isPositive();
            Matcher total = TOTAL.matcher(html(user, card.path()));
            assertThat(total.find())
                    .as("%s: %s opens a list with a total", user, card.path())
                    .isTrue();
            assertThat(Long.parseLong(total.group(1).replace(".", "")))
                    .as("%s: \"%s\" opens %s", user, card.text(), card.path())
                    .isEqualTo(card.count());
        }
    }

    @Test
    void eachRoleSeesItsOwnWorkFirst() throws Exception {
        assertThat(cardsOf("ungcuu").get(0).path())
                .as("the responder's first card")
                .startsWith("/incidents");
        assertThat(cardsOf("giamsat").get(0).path())
                .as("the provider's first card")
                .startsWith("/monitoring");
        assertThat(cardsOf("danhgia").get(0).path())
                .as("the assessor's first card")
                .matches("/(findings|assessments).*");
        assertThat(cardsOf("canbo.sonv")).extracting(Card::path).contains("/incidents/new");
    }

    @Test
    void anObserverAndAResponderAreNotOfferedTheRegistersDecisions() throws Exception {
        for (String user : new String[] {"congan", "ungcuu"}) {
            assertThat(cardsOf(user)).extracting(Card::path).noneMatch(path -> path.startsWith("/registers"));
        }
        assertThat(cardsOf("dieuphoi")).extracting(Card::path).anyMatch(path -> path.startsWith("/registers"));
    }

    private List<Card> cardsOf(String user) throws Exception {
        List<Card> cards = new ArrayList<>();
        Matcher card = CARD.matcher(html(user, "/"));
        while (card.find()) {
            cards.add(new Card(
                    HtmlUtils.htmlUnescape(card.group(1)),
                    HtmlUtils.htmlUnescape(card.group(2)),
                    HtmlUtils.htmlUnescape(card.group(3))));
        }
        return cards;
    }

    private String html(String user, String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(accounts, user)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
