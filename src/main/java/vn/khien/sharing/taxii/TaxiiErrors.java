package vn.khien.sharing.taxii;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.node.ObjectNode;

/** Every TAXII error in the TAXII 2.1 error message format (§3.6.1), never an HTML page or a 500 for input. */
@RestControllerAdvice(basePackageClasses = TaxiiErrors.class)
class TaxiiErrors {

    @ExceptionHandler(TaxiiError.class)
    ResponseEntity<byte[]> taxii(TaxiiError error) {
        return body(error.status(), error.title(), error.getMessage());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<byte[]> badParameter(Exception e) {
        return body(400, "Bad request", "a parameter is malformed");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<byte[]> denied(AccessDeniedException e) {
        return body(403, "Forbidden", "not allowed");
    }

    @ExceptionHandler(vn.khien.shared.ObjectNotFoundException.class)
    ResponseEntity<byte[]> notFound(vn.khien.shared.ObjectNotFoundException e) {
        return body(404, "Not found", "no such collection or object");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<byte[]> none(NoResourceFoundException e) {
        return body(404, "Not found", "no such TAXII resource");
    }

    static ResponseEntity<byte[]> body(int status, String title, String description) {
        ObjectNode error = TaxiiMedia.JSON.createObjectNode();
        error.put("title", title);
        error.put("description", description);
        error.put("http_status", Integer.toString(status));
        return TaxiiMedia.json(HttpStatus.valueOf(status), error, new HttpHeaders());
    }
}
