package vn.khien.scoring.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.khien.scoring.domain.CriteriaSet;
import vn.khien.scoring.domain.CriteriaSetParser;
import vn.khien.scoring.domain.PublishedSnapshot;

/**
 * The stored versions of the criteria sets, parsed once and kept in memory (sets are small). A
 * version is frozen once a campaign uses it: storing it again is refused (the database trigger
 * refuses it as well).
 */
@Component
class CriteriaSetCatalogue {

    /** One stored version with the text it was loaded from. */
    record StoredSet(CriteriaSet set, String content, String sha256, boolean frozen) {}

    private final JdbcClient jdbc;
    private final Map<String, CriteriaSet> parsed = new ConcurrentHashMap<>();

    CriteriaSetCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredSet> all() {
        return jdbc.sql("""
                        SELECT s.code, s.version, s.content, s.content_sha256,
                               EXISTS (SELECT 1 FROM scoring.campaign c
                                        WHERE c.set_code = s.code AND c.set_version = s.version) AS frozen
                          FROM scoring.criteria_set s ORDER BY s.code, s.version""")
                .query((rs, n) -> new StoredSet(
                        parse(rs.getString("content"), rs.getString("content_sha256")),
                        rs.getString("content"),
                        rs.getString("content_sha256"),
                        rs.getBoolean("frozen")))
                .list();
    }

    Optional<StoredSet> find(String code, int version) {
        return all().stream()
                .filter(s -> s.set().code().equals(code) && s.set().version() == version)
                .findFirst();
    }

    /** The newest version of the set code, whatever its years. */
    Optional<StoredSet> latest(String code) {
        return all().stream()
                .filter(s -> s.set().code().equals(code))
                .max(Comparator.comparingInt(s -> s.set().version()));
    }

    /**
     * Stores a version; the same text again changes nothing. A version not used by any campaign may be
     * replaced; a used (frozen) one answers false and stays as it is.
     */
    boolean store(String content, String source, String by, Instant at) {
        CriteriaSet set = CriteriaSetParser.parse(content);
        String sha = PublishedSnapshot.sha256(content);
        Optional<StoredSet> stored = find(set.code(), set.version());
        if (stored.isPresent() && stored.get().sha256().equals(sha)) {
            return true;
        }
        if (stored.isPresent() && stored.get().frozen()) {
            return false;
        }
        jdbc.sql("DELETE FROM scoring.criteria_set WHERE code = :code AND version = :version")
                .param("code", set.code())
                .param("version", set.version())
                .update();
        jdbc.sql("""
                        INSERT INTO scoring.criteria_set (code, version, title_vi, title_en, year_from, year_to, content,
                                                          content_sha256, source, loaded_by, loaded_at)
                        VALUES (:code, :version, :vi, :en, :from, :to, :content, :sha, :source, :by, :at)""")
                .param("code", set.code())
                .param("version", set.version())
                .param("vi", set.title().vi())
                .param("en", set.title().en())
                .param("from", set.yearFrom())
                .param("to", set.yearTo())
                .param("content", content)
                .param("sha", sha)
                .param("source", source)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        return true;
    }

    private CriteriaSet parse(String content, String sha) {
        return parsed.computeIfAbsent(sha, k -> CriteriaSetParser.parse(content));
    }
}
