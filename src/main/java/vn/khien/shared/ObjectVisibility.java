package vn.khien.shared;

/**
 * Whether the signed-in user may know that an object of one type exists. The module that owns the
 * type answers; cross-cutting views (an object's audit history) ask it before showing anything.
 */
public interface ObjectVisibility {

    /** The object type as written in audit records: {@code agency}, {@code system}. */
    String objectType();

    boolean maySee(String objectId);
}
