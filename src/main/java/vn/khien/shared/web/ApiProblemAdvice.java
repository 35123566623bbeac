package vn.khien.shared.web;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/**
 * Every API error as RFC 9457 problem details: 400 with {@code errors: [{field, message}]} for bad
 * input, 404 for unknown or hidden objects, 409 for conflicts. Messages are in the request's language.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getAllErrors().stream()
                .map(error -> fieldError(
                        error instanceof FieldError f ? f.getField() : null, messages.getMessage(error, locale())))
                .toList();
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> fieldError(
                                result.getMethodParameter().getParameterName(), messages.getMessage(error, locale()))))
                .toList();
        return badRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(List.of(fieldError(fieldOf(ex), text(unreadableKey(ex)))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String key = ex.getRootCause() instanceof InputBinding.NulCharacterRefused
                ? "api.error.nul"
                : ex.getRequiredType() != null && Temporal.class.isAssignableFrom(ex.getRequiredType())
                        ? "api.error.date"
                        : "api.error.type-mismatch";
        return badRequest(List.of(fieldError(ex.getName(), text(key))));
    }

    /** Says what was wrong when Jackson knows: a NUL in text, a date not written as yyyy-MM-dd. */
    private static String unreadableKey(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof InvalidFormatException invalid
                && invalid.getValue() instanceof String text
                && InputBinding.contain(text)) {
            return "api.error.nul";
        }
        if (ex.getCause() instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null
                && Temporal.class.isAssignableFrom(mismatch.getTargetType())) {
            return "api.error.date";
        }
        return "api.error.unreadable";
    }

    /** A file upload route called without a multipart body. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> notMultipart(MultipartException ex) {
        return badRequest(List.of(fieldError("file", text("api.error.not-multipart"))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex) {
        List<Map<String, String>> errors = ex.problems().stream()
                .map(p -> fieldError(
                        p.field(),
                        messages.getMessage(p.messageKey(), p.arguments().toArray(), locale())))
                .toList();
        return badRequest(errors);
    }

    @ExceptionHandler(ObjectNotFoundException.class)
    ResponseEntity<Object> notFound(ObjectNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, text("api.error.not-found"));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex) {
        return problem(
                HttpStatus.CONFLICT,
                messages.getMessage(ex.messageKey(), ex.arguments().toArray(), ex.messageKey(), locale()));
    }

    /** The JSON property that could not be read, when Jackson knows it. */
    private static String fieldOf(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            return jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse(null);
        }
        return null;
    }

    private ResponseEntity<Object> badRequest(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("api.error.invalid"));
        problem.setTitle(text("api.error.invalid.title"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static Map<String, String> fieldError(String field, String message) {
        return field == null ? Map.of("message", message) : Map.of("field", field, "message", message);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
