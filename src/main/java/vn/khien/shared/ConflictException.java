package vn.khien.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request is well-formed but clashes with the current state: 409 with a message key. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ConflictException(String messageKey) {
        this(null, messageKey);
    }

    /** A conflict caused by one field's value, such as a code or user name already taken. */
    public ConflictException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
