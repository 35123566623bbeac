package vn.khien.monitoring.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The dotted paths ({@code data.srcip}) a parser reads from an event, with every object on the way to
 * them, so that {@link JsonEvent} descends only into those objects and skips the rest of the event.
 */
final class JsonPaths {

    private final Set<String> paths;
    private final Set<String> objects = new HashSet<>();

    JsonPaths(Collection<String> paths) {
        this.paths = Set.copyOf(paths);
        for (String path : paths) {
            for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
                objects.add(path.substring(0, dot));
            }
        }
    }

    static JsonPaths of(String... paths) {
        return new JsonPaths(Set.of(paths));
    }

    boolean wanted(String path) {
        return paths.contains(path);
    }

    boolean leadsToWanted(String path) {
        return objects.contains(path);
    }
}
