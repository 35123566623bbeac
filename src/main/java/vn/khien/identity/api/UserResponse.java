package vn.khien.identity.api;

import java.time.Instant;
import java.util.Set;
import vn.khien.identity.Role;
import vn.khien.identity.application.UserRow;

record UserResponse(
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        String agencyCode,
        boolean includeSubordinates,
        boolean enabled,
        String language,
        Instant createdAt) {

    static UserResponse of(UserRow row) {
        return new UserResponse(
                row.username(),
                row.displayName(),
                row.email(),
                row.roles(),
                row.agencyCode(),
                row.includeSubordinates(),
                row.enabled(),
                row.language(),
                row.createdAt());
    }
}
