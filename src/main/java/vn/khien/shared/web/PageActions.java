package vn.khien.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/**
 * A small action posted from a page (a button, not a form to re-show): done, the notice is shown;
 * refused, the reason is shown as the page's problem ({@code problem}, with {@code problemArgs} for a
 * message that names values) and nothing changed. Either way the user goes
 * back to the page, so a refresh never posts twice.
 */
public final class PageActions {

    private PageActions() {}

    /** Runs the action and answers the redirect back to {@code page} (a path such as {@code /agencies/H57}). */
    public static String perform(String page, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
            redirect.addFlashAttribute(
                    "problemArgs", e.problems().get(0).arguments().toArray());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            redirect.addFlashAttribute("problemArgs", e.arguments().toArray());
        }
        return "redirect:" + page;
    }
}
