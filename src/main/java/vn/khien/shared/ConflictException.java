package vn.khien.shared;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request is well-formed but clashes with the current state: 409 with a message key. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public ConflictException(String messageKey) {
        this(null, messageKey);
    }

    /** A conflict caused by one field's value, such as a code or user name already taken. */
    public ConflictException(String field, String messageKey) {
        this(field, messageKey, new Object[0]);
    }

    /** A conflict whose message names what it clashes with, such as another system's code and name. */
    public ConflictException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
