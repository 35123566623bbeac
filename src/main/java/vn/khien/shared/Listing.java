package vn.khien.shared;

import java.util.List;

/** A short, complete sub-list (a system's assets, an agency's focal points) in the API's list shape. */
public final class Listing {

    private Listing() {}

    public static <T> PageResponse<T> whole(List<T> items) {
        return new PageResponse<>(items, 0, items.size(), items.size());
    }
}
