package vn.khien.sharing;

import vn.khien.shared.AuditableEvent;

/**
 * A change to what the province shares or to who may read it: a collection or grant changed, objects
 * added or deleted over TAXII, a request to share proposed, approved or rejected. {@code action} says
 * which, {@code objectType} and {@code objectId} name what changed.
 */
public record SharingChanged(String action, String objectType, String objectId, String after)
        implements AuditableEvent {}
