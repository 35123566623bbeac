package vn.khien.sharing.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Deterministic STIX identifiers: the same incident, indicator or stage always gets the same id, so a
 * new stage is a new version of the same object, not a duplicate (STIX 2.1 §2.9 suggests UUIDv5).
 * Observables use the specification's namespace over their id contributing properties (§2.9); Khiên's
 * own objects use Khiên's namespace over a stable name.
 */
public final class StixIds {

    /** STIX 2.1 §2.9: the namespace of cyber-observable ids. */
    public static final UUID OBSERVABLE_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");

    /** Khiên's namespace for the province's own objects (chosen once, never to change). */
    public static final UUID KHIEN_NAMESPACE = UUID.fromString("6f1e0b4a-4c1e-4d27-9a3b-2b7f5e0c8d11");

    private static final Pattern ID = Pattern.compile(
            "^([a-z0-9][a-z0-9-]{1,248}[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$");

    private StixIds() {}

    /** {@code type--uuid5(Khiên, name)}. */
    public static String of(String type, String name) {
        return type + "--" + uuid5(KHIEN_NAMESPACE, type + ":" + name);
    }

    /** An observable's id from its canonical id contributing properties, e.g. {@code {"value":"1.2.3.4"}}. */
    public static String observable(String type, String canonicalJson) {
        return type + "--" + uuid5(OBSERVABLE_NAMESPACE, canonicalJson);
    }

    /** Whether {@code id} is a well-formed STIX identifier of {@code type}. */
    public static boolean valid(String id, String type) {
        var matcher = id == null ? null : ID.matcher(id);
        return matcher != null && matcher.matches() && matcher.group(1).equals(type);
    }

    static UUID uuid5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16)
                    .putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
