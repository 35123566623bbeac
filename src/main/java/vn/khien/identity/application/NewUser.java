package vn.khien.identity.application;

import java.util.Set;
import vn.khien.identity.Role;

/** Command to create an account with its first password. */
public record NewUser(
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        String agencyCode,
        boolean includeSubordinates,
        String password) {}
