package vn.khien.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The object does not exist or the user may not know that it exists: both answer 404, so that an id
 * guess reveals nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ObjectNotFoundException extends RuntimeException {

    public ObjectNotFoundException(String objectType, String id) {
        super(objectType + " " + id + " not found");
    }
}
