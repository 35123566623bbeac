package vn.khien.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The answer to an upload over the size limit, before or after Spring MVC: the API gets a 400
 * problem detail on the field {@code file}; a page goes back where it came from with a message
 * (the layout shows the flash attribute {@code problem}), instead of an error page or a 500.
 */
final class UploadTooLarge {

    static final String MESSAGE_KEY = "files.problem.upload-too-large";

    private UploadTooLarge() {}

    static void respond(HttpServletRequest request, HttpServletResponse response, MessageSource messages, Locale locale)
            throws IOException {
        if (path(request).startsWith("/api/")) {
            String message = messages.getMessage(MESSAGE_KEY, null, MESSAGE_KEY, locale);
            String title = messages.getMessage("api.error.invalid.title", null, "Bad request", locale);
            response.setStatus(400);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":400,\"detail\":\""
                            + json(message) + "\",\"errors\":[{\"field\":\"file\",\"message\":\"" + json(message)
                            + "\"}]}");
            return;
        }
        String back = sameSiteReferer(request);
        FlashMap flash = new FlashMap();
        flash.put("problem", MESSAGE_KEY);
        flash.setTargetRequestPath(back);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.setStatus(303);
        response.setHeader("Location", request.getContextPath() + back);
    }

    /** Back to the page that posted the form, but never to another site (open redirect). */
    static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
                String path = uri.getRawPath();
                if (sameHost && path != null && path.startsWith(request.getContextPath() + "/")) {
                    String local = path.substring(request.getContextPath().length());
                    return local.startsWith("//") ? "/" : local;
                }
            } catch (IllegalArgumentException e) {
                // a malformed Referer: go home
            }
        }
        return "/";
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
