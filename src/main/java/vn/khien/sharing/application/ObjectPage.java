package vn.khien.sharing.application;

import java.util.List;

/** A page of stored objects and whether more follow (the last one's {@code seq} is the next cursor). */
public record ObjectPage(List<StoredObject> items, boolean more) {

    public long nextSeq() {
        return items.isEmpty() ? 0 : items.get(items.size() - 1).seq();
    }
}
