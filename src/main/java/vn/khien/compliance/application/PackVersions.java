package vn.khien.compliance.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.compliance.domain.PolicyPack;

/** Writes one pack version row; shared by the start-up loader and the coordinator's edit. */
final class PackVersions {

    private PackVersions() {}

    static void insert(
            JdbcClient jdbc,
            PolicyPack pack,
            LocalDate effectiveFrom,
            String content,
            String source,
            String by,
            Instant at,
            String note) {
        jdbc.sql("""
                        INSERT INTO compliance.policy_pack
                            (code, version, effective_from, content, content_sha256, source, loaded_by, loaded_at, note)
                        VALUES (:code, :version, :effectiveFrom, :content, :sha, :source, :by, :at, :note)""")
                .param("code", pack.code())
                .param("version", pack.version())
                .param("effectiveFrom", effectiveFrom)
                .param("content", content)
                .param("sha", sha256(content))
                .param("source", source)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("note", note)
                .update();
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
