package vn.khien.shared;

import java.util.List;
import java.util.Set;

/**
 * What a module puts on the home page for the signed-in user: things they can act on now. Returns an
 * empty list when the module has nothing for this user.
 */
public interface HomeCard {

    List<Item> itemsFor(String username, Set<String> roles);

    /** One line on the home page: a message key with its arguments, and where to act on it. */
    record Item(String titleKey, String textKey, List<Object> textArguments, String path, int order) {}

    /**
     * Adds a card that counts something ({@code textKey} takes the count), only when there is something
     * to count: the home page never announces "0 …".
     */
    static void addCounted(List<Item> items, String titleKey, String textKey, long count, String path, int order) {
        if (count > 0) {
            items.add(new Item(titleKey, textKey, List.of(count), path, order));
        }
    }
}
