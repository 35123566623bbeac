package vn.khien.shared;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that passed the form's own checks but breaks a rule only the application can check (a user
 * name taken, an unknown agency). Each error names the field and a message key, so the API answers
 * 400 with field errors and a page re-shows the form with messages in the user's language.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, List.of(arguments))));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One broken field; {@code field} is null for a problem with the whole input. */
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {}
}
