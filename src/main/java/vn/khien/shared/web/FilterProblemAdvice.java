package vn.khien.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.temporal.Temporal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page's filter that cannot be read (a date written 31/02/2026, a status that does not exist): the
 * page opens again with the other filters kept and a message that names the value it left out, instead
 * of an error page. Forms sent by POST bind into their own form objects and re-show their messages; a
 * NUL character stays a plain refusal (400), as everywhere, and so does a bad value on a public page
 * (no session is opened for a passer-by to carry the message).
 */
@ControllerAdvice(annotations = Controller.class)
class FilterProblemAdvice {

    private final MessageSource messages;

    FilterProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void unreadableFilter(
            MethodArgumentTypeMismatchException problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!"GET".equals(request.getMethod())
                || request.getUserPrincipal() == null
                || request.getParameter(problem.getName()) == null
                || problem.getRootCause() instanceof InputBinding.NulCharacterRefused) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String key = problem.getRequiredType() != null && Temporal.class.isAssignableFrom(problem.getRequiredType())
                ? "filter.problem.date"
                : "filter.problem.value";
        UriComponentsBuilder kept = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(problem.getName())) {
                kept.queryParam(name, (Object[]) values);
            }
        });
        String location = kept.encode().build().toUriString();
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(
                "filterProblem",
                messages.getMessage(
                        key, new Object[] {String.valueOf(problem.getValue())}, LocaleContextHolder.getLocale()));
        RequestContextUtils.saveOutputFlashMap(location, request, response);
        response.sendRedirect(location);
    }

    /**
     * An upload form posted without a multipart body (a script, a tampered form): the user's error, so a
     * 400 like a missing field, not a 500 (issue 22, found by the routes × roles matrix). An upload over
     * the size limit is answered by {@link UploadLimitAdvice} before this.
     */
    @ExceptionHandler(MultipartException.class)
    void notMultipart(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
