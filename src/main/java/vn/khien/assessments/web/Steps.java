package vn.khien.assessments.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/**
 * Runs one workflow step from a page: on success back to the object's page with a notice; on a
 * refusal the user caused, the page again with the message (never a 500).
 */
final class Steps {

    private Steps() {}

    /** A refusal to show: a message key and its arguments. */
    record Problem(String key, Object[] args) {}

    static String run(Runnable work, String target, RedirectAttributes redirect, Model model, Supplier<String> page) {
        try {
            work.run();
            redirect.addFlashAttribute("notice", "assessments.saved");
            return "redirect:" + target;
        } catch (InvalidInputException e) {
            var p = e.problems().get(0);
            model.addAttribute(
                    "stepProblem", new Problem(p.messageKey(), p.arguments().toArray()));
        } catch (ConflictException e) {
            model.addAttribute("stepProblem", new Problem(e.messageKey(), new Object[0]));
        }
        return page.get();
    }

    /** A file upload step; the stream is closed whatever happens. */
    interface Upload {
        void store(String fileName, InputStream content);
    }

    static Runnable upload(MultipartFile file, Upload upload) {
        return () -> {
            try (var in = file.getInputStream()) {
                upload.store(file.getOriginalFilename(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
