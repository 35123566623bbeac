package vn.khien.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain: each record's hash is SHA-256 over the previous record's hash and the record's own
 * content, so changing any stored field, or removing a record, breaks every hash from there on.
 */
public final class AuditChain {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    public static String hash(String previousHash, AuditEntry entry) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            digest.update(canonical(entry).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Fields joined with their lengths, so that no two different records give the same text. */
    static String canonical(AuditEntry e) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {
            e.seq(),
            e.occurredAt(),
            e.actor(),
            e.action(),
            e.objectType(),
            e.objectId(),
            e.before(),
            e.after(),
            e.remoteAddress()
        }) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length())
                    .append(':')
                    .append(value)
                    .append('|');
        }
        return text.toString();
    }
}
