package vn.khien.shared;

import java.util.function.Predicate;

/**
 * Whether the signed-in user may know that an object of one type exists. The module that owns the
 * type answers; cross-cutting views (an object's audit history) ask it before showing anything.
 */
public interface ObjectVisibility {

    /** The object type as written in audit records: {@code agency}, {@code system}. */
    String objectType();

    boolean maySee(String objectId);

    static ObjectVisibility of(String objectType, Predicate<String> maySee) {
        return new ObjectVisibility() {
            @Override
            public String objectType() {
                return objectType;
            }

            @Override
            public boolean maySee(String objectId) {
                return maySee.test(objectId);
            }
        };
    }

    /**
     * Visible as the module's own access-checked loader answers: a loader answering 404, or an id it
     * cannot parse, means the object stays unknown.
     */
    static ObjectVisibility whenFound(String objectType, Predicate<String> load) {
        return of(objectType, id -> {
            try {
                return load.test(id);
            } catch (ObjectNotFoundException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
