package vn.khien.identity;

import java.util.Set;

/** Command to create an account with its first password. */
public record NewUser(
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        String agencyCode,
        boolean includeSubordinates,
        String password) {}
