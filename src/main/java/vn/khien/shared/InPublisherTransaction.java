package vn.khien.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a listener (or a class of listeners) of another module's event that deliberately runs inside the publisher's
 * transaction (a plain {@code @EventListener}) instead of after its commit as an
 * {@code @ApplicationModuleListener}; {@link #value()} says why. The architecture tests refuse a
 * cross-module {@code @EventListener} without it, so each such choice is made and explained once.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface InPublisherTransaction {

    /** Why the listener must commit or roll back with the change that published the event. */
    String value();
}
