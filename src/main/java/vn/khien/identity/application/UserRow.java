package vn.khien.identity.application;

import java.time.Instant;
import java.util.Set;
import vn.khien.identity.Role;

/** An account as lists, forms and the API show it; never the password hash. */
public record UserRow(
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        String agencyCode,
        String agencyName,
        boolean includeSubordinates,
        boolean enabled,
        String language,
        Instant createdAt) {}
