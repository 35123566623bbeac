package vn.khien.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether the signed-in user may know that an object exists, for the object types one module owns (as
 * written in audit records: {@code agency}, {@code information-system}). Cross-cutting views (an object's
 * audit history) ask before showing anything. A type nobody answers for, an id the module cannot parse
 * and a loader answering 404 all mean the object stays unknown, so a guess answers like a hidden object.
 */
public record ObjectVisibility(Map<String, Predicate<String>> types) {

    public ObjectVisibility {
        types = Map.copyOf(types);
    }

    public static ObjectVisibility of(String objectType, Predicate<String> maySee) {
        return new ObjectVisibility(Map.of(objectType, maySee));
    }

    /** The same module answering for one more of its types. */
    public ObjectVisibility and(String objectType, Predicate<String> maySee) {
        Map<String, Predicate<String>> more = new HashMap<>(types);
        more.put(objectType, maySee);
        return new ObjectVisibility(more);
    }

    public boolean maySee(String objectType, String objectId) {
        try {
            return types.getOrDefault(objectType, id -> false).test(objectId);
        } catch (ObjectNotFoundException | IllegalArgumentException e) {
            return false;
        }
    }
}
