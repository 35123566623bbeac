package vn.khien.sharing.application;

import java.time.Instant;

/** One stored version of a STIX object as a TAXII response lists it. */
public record StoredObject(
        long seq, String stixId, String type, String versionText, Instant dateAdded, String specVersion, String body) {}
