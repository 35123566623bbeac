package vn.khien.sharing.application;

import java.time.Instant;
import java.util.List;

/**
 * The TAXII 2.1 filters of a request (§3.4, §3.5): {@code added_after}, {@code match[id]}, {@code
 * match[type]}, {@code match[version]} ({@code last}, {@code first}, {@code all} or timestamps), {@code
 * match[spec_version]}, the page's {@code limit} and where the previous page ended ({@code next}).
 */
public record ObjectFilter(
        Instant addedAfter,
        List<String> ids,
        List<String> types,
        List<String> versions,
        List<String> specVersions,
        long afterSeq,
        int limit) {

    /** The same filter for one object id (the object and versions endpoints). */
    public ObjectFilter forId(String id) {
        return new ObjectFilter(addedAfter, List.of(id), types, versions, specVersions, afterSeq, limit);
    }

    public ObjectFilter withVersions(List<String> versions) {
        return new ObjectFilter(addedAfter, ids, types, versions, specVersions, afterSeq, limit);
    }
}
